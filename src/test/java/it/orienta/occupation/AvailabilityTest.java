package it.orienta.occupation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.occupation.Availability.Hours;
import it.orienta.occupation.Availability.PersonAvailability;
import it.orienta.occupation.Availability.Transport;
import it.orienta.occupation.Availability.Travel;
import it.orienta.system.StaleVersionException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The person's availability as an aggregate: saved from the version the user saw, once per person (R13). */
class AvailabilityTest {

    static final UUID PERSON = UUID.randomUUID();

    @Test
    void beforeTheFirstSaveItIsEmptyAtVersionZeroAndTheFirstSaveIsVersionOne() {
        var none = PersonAvailability.none(PERSON);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.version()).isZero();
        var command = new Availability.Command(Hours.FULL_TIME, null, List.of(Transport.PUBLIC, Transport.OWN_CAR));
        assertThat(PersonAvailability.changes(none, 0, command)).containsExactly("hours", "transport");
        var saved = new PersonAvailability(PERSON);
        saved.set(command, "Giulia Bianchi", Instant.parse("2026-11-26T10:00:00.123456789Z"));
        var view = saved.view();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.hours()).isEqualTo(Hours.FULL_TIME);
        assertThat(view.travel()).isNull();
        assertThat(view.transport()).containsExactly(Transport.OWN_CAR, Transport.PUBLIC);
        assertThat(view.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00.123456Z"));
    }

    @Test
    void aSaveFromAnotherVersionIsStaleAndTheSameValuesChangeNothing() {
        var saved = new PersonAvailability(PERSON);
        var command = new Availability.Command(Hours.EITHER, Travel.REGION, List.of());
        saved.set(command, "Giulia Bianchi", Instant.EPOCH);
        assertThatThrownBy(() -> PersonAvailability.changes(saved.view(), 0, command))
                .isInstanceOf(StaleVersionException.class);
        assertThat(PersonAvailability.changes(saved.view(), 1, command)).isEmpty();
    }
}
