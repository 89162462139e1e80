package it.orienta.charter;

import java.time.LocalDate;
import java.util.UUID;

/** Activities and standards of the charter as {@link CharterService} returns them, for controller slices. */
final class CharterFixtures {

    static final UUID STANDARD_ID = UUID.fromString("c4a77e11-0000-4000-8000-000000000001");

    /** From 1 January 2026: 60 to 90 minutes per meeting, 8 to 12 hours in all. */
    static final TimeStandard STANDARD =
            new TimeStandard(STANDARD_ID, "A05-BASE", LocalDate.of(2026, 1, 1), 60, 90, 480, 720);

    private CharterFixtures() {}

    /** Basic career counselling (A05), individual, measure b, at {@code version}. */
    static ActivityView counselling(long version) {
        return new ActivityView(
                "A05-BASE",
                "A05",
                "Consulenza orientativa di base",
                "Basic career counselling",
                "Colloqui individuali di consulenza",
                "Individual counselling meetings",
                Stage.CAREER_COUNSELLING,
                Delivery.INDIVIDUAL,
                "b",
                null,
                false,
                version,
                STANDARD);
    }

    /** Group seminars (A06), retired, without a standard. */
    static ActivityView seminars() {
        return new ActivityView(
                "A06-SEM",
                "A06",
                "Seminari di gruppo",
                "Group seminars",
                "",
                "",
                Stage.TRANSITION_SUPPORT,
                Delivery.GROUP,
                "a",
                null,
                true,
                2,
                TimeStandard.none("A06-SEM"));
    }
}
