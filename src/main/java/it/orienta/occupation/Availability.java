package it.orienta.occupation;

import java.util.List;

/**
 * The person's availability (R13): hours, willingness to travel and means of transport, once per person and never
 * repeated per occupation.
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
            java.util.UUID personId,
            Hours hours,
            Travel travel,
            List<Transport> transport,
            java.time.Instant updatedAt,
            String updatedBy,
            long version) {

        public boolean isEmpty() {
            return hours == null && travel == null && transport.isEmpty();
        }
    }
}
