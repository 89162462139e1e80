package it.orienta.occupation;

import it.orienta.system.StaleVersionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The person's availability (R13): hours, willingness to travel and means of transport, once per person and never
 * repeated per occupation. The stored row is the aggregate {@link PersonAvailability}.
 */
public final class Availability {

    private Availability() {}

    /** Hours the person is available for. */
    public enum Hours {
        FULL_TIME,
        PART_TIME,
        EITHER,
        SHIFTS
    }

    /** How far the person is willing to travel for work. */
    public enum Travel {
        MUNICIPALITY,
        PROVINCE,
        REGION,
        ITALY,
        ABROAD
    }

    /** A means of transport the person can use. */
    public enum Transport {
        OWN_CAR,
        MOTORBIKE,
        PUBLIC,
        BICYCLE,
        ON_FOOT
    }

    /**
     * The availability as entered.
     *
     * @param hours null when not said
     * @param travel null when not said
     */
    public record Command(Hours hours, Travel travel, List<Transport> transport) {
        public Command {
            transport = transport == null
                    ? List.of()
                    : transport.stream().distinct().sorted().toList();
        }
    }

    /**
     * The person's availability as saved; version 0 before the first save.
     *
     * @param updatedBy null before the first save
     */
    public record View(
            UUID personId,
            Hours hours,
            Travel travel,
            List<Transport> transport,
            Instant updatedAt,
            String updatedBy,
            long version) {

        public boolean isEmpty() {
            return hours == null && travel == null && transport.isEmpty();
        }
    }

    /**
     * The person's availability as stored (a row of {@code person_availability}, V20): a small aggregate of its own,
     * one per person, saved from the version the user saw (0 before the first save). Saved under the person's case
     * lock like the desired occupations, so that two first saves at once are taken one after the other.
     */
    @Entity
    @Table(name = "person_availability")
    static class PersonAvailability {

        @Id
        private UUID personId;

        private String hours;

        @Column(name = "willing_to_travel")
        private String travel;

        @JdbcTypeCode(SqlTypes.ARRAY)
        private String[] transport;

        private Instant updatedAt;
        private String updatedBy;

        @Version
        private Long version;

        protected PersonAvailability() {}

        /** The person's first availability: saved as version 1. */
        PersonAvailability(UUID personId) {
            this.personId = personId;
            this.hours = "";
            this.travel = "";
            this.transport = new String[0];
        }

        /** The first save is version 1 (a non-null version would mark the new row as saved already). */
        @PrePersist
        void firstVersion() {
            if (version == null) {
                version = 1L;
            }
        }

        /** The empty availability of version 0 a person has before the first save. */
        static View none(UUID personId) {
            return new View(personId, null, null, List.of(), null, null, 0);
        }

        /**
         * The fields the command changes in {@code before}, which the user read at {@code expected} (0 before the
         * first save); another version answers 409 {@code version.stale} with the current state. Empty when none.
         */
        static List<String> changes(View before, long expected, Command command) {
            if (before.version() != expected) {
                throw new StaleVersionException(before.version(), before);
            }
            var fields = new ArrayList<String>();
            if (before.hours() != command.hours()) fields.add("hours");
            if (before.travel() != command.travel()) fields.add("willingToTravel");
            if (!before.transport().equals(command.transport())) fields.add("transport");
            return fields;
        }

        void set(Command command, String by, Instant now) {
            this.hours = command.hours() == null ? "" : command.hours().name();
            this.travel = command.travel() == null ? "" : command.travel().name();
            this.transport = command.transport().stream().map(Enum::name).toArray(String[]::new);
            this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
            this.updatedBy = by;
        }

        View view() {
            return new View(
                    personId,
                    hours.isEmpty() ? null : Hours.valueOf(hours),
                    travel.isEmpty() ? null : Travel.valueOf(travel),
                    Arrays.stream(transport).map(Transport::valueOf).toList(),
                    updatedAt,
                    updatedBy,
                    version == null ? 1 : version);
        }
    }
}
