package it.orienta.cv;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The CV's settings (README, ADR 0015).
 *
 * @param maxSize the largest CV file accepted (R16); larger uploads, up to the multipart limit, get the same clear
 *     refusal ({@code cv.file.too-large})
 * @param retention how long the file of a replaced CV is kept for the audit before it is purged (the row, who and
 *     when, stays)
 * @param scheduling the daily jobs: the purge of replaced files at {@code purgeCron}, the reminders of CVs about to
 *     expire at {@code reminderCron} (Europe/Rome)
 */
@ConfigurationProperties("orienta.cv")
record CvProperties(
        @DefaultValue("5MB") DataSize maxSize,
        @DefaultValue("730d") Duration retention,
        @DefaultValue Scheduling scheduling) {

    record Scheduling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("0 15 3 * * *") String purgeCron,
            @DefaultValue("0 0 8 * * *") String reminderCron) {}
}
