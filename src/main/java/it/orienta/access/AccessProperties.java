package it.orienta.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The record-access policy's settings (ADR 0017).
 *
 * @param exceptionalDuration how long an exceptional read of another centre's case lasts once granted (one hour by
 *     default); between one minute and one working day
 */
@ConfigurationProperties("orienta.access")
record AccessProperties(@DefaultValue("PT1H") Duration exceptionalDuration) {

    AccessProperties {
        if (exceptionalDuration.compareTo(Duration.ofSeconds(1)) < 0
                || exceptionalDuration.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException(
                    "orienta.access.exceptional-duration must be between 1 second and 12 hours, not "
                            + exceptionalDuration);
        }
    }
}
