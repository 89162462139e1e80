package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.Compliance;
import it.orienta.charter.Delivery;
import it.orienta.charter.Stage;
import it.orienta.charter.TimeStandard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Mario Rossi's meetings, engagement and appointment as GuidanceService returns them, for controller slices. */
public final class GuidanceFixtures {

    public static final UUID PERSON = UUID.fromString("9d1da7ce-0000-4000-8000-000000000001");
    public static final UUID MEETING = UUID.fromString("9d1da7ce-0000-4000-8000-0000000000b1");
    public static final UUID ENGAGEMENT = UUID.fromString("9d1da7ce-0000-4000-8000-0000000000c1");
    public static final UUID APPOINTMENT = UUID.fromString("9d1da7ce-0000-4000-8000-0000000000d1");
    public static final UUID STANDARD_ID = UUID.fromString("9d1da7ce-0000-4000-8000-0000000000e1");

    /** The id of the operator {@code it.orienta.organisation.Logins#operator()} logs in as. */
    public static final UUID GIULIA = UUID.nameUUIDFromBytes("operatore".getBytes(StandardCharsets.UTF_8));

    /** 10:30 in Florence on 20 November 2026. */
    public static final Instant STARTED = Instant.parse("2026-11-20T09:30:00Z");

    /** 10:00 in Florence on 3 December 2026, a Thursday. */
    public static final Instant APPOINTED = Instant.parse("2026-12-03T09:00:00Z");

    public static final TimeStandard STANDARD =
            new TimeStandard(STANDARD_ID, "A05-BASE", LocalDate.of(2026, 1, 1), 60, 90, 480, 720);

    public static final ActivityView COUNSELLING = new ActivityView(
            "A05-BASE",
            "A05",
            "Consulenza orientativa di base",
            "Basic career counselling",
            "",
            "",
            Stage.CAREER_COUNSELLING,
            Delivery.INDIVIDUAL,
            "b",
            null,
            false,
            1,
            STANDARD);

    private GuidanceFixtures() {}

    /** A meeting of A05 started at 10:30 and still running. */
    public static MeetingView running(long version) {
        return new MeetingView(
                MEETING,
                PERSON,
                ENGAGEMENT,
                null,
                null,
                "A05-BASE",
                "CPI-FI",
                GIULIA,
                "Giulia Bianchi",
                false,
                true,
                Attendance.PRESENT,
                null,
                STARTED,
                null,
                null,
                null,
                60,
                90,
                null,
                null,
                "",
                version);
    }

    /** The same meeting closed after 75 minutes, within the standard. */
    public static MeetingView closed() {
        return new MeetingView(
                MEETING,
                PERSON,
                ENGAGEMENT,
                null,
                null,
                "A05-BASE",
                "CPI-FI",
                GIULIA,
                "Giulia Bianchi",
                false,
                false,
                Attendance.PRESENT,
                null,
                STARTED,
                STARTED.plusSeconds(75 * 60),
                75,
                STANDARD_ID,
                60,
                90,
                Compliance.WITHIN,
                null,
                "Colloquio sul curriculum",
                2);
    }

    public static EngagementView engagement(boolean open) {
        return new EngagementView(
                ENGAGEMENT,
                PERSON,
                "A05-BASE",
                "CPI-FI",
                STARTED,
                open,
                open ? null : STARTED.plusSeconds(86_400),
                1,
                75,
                open ? null : 75,
                STANDARD_ID,
                open ? null : Compliance.UNDER_MINIMUM,
                open ? null : "Trovato lavoro",
                open ? 1 : 2);
    }

    public static AppointmentView appointment(long version) {
        return new AppointmentView(
                APPOINTMENT,
                PERSON,
                GIULIA,
                "Giulia Bianchi",
                "CPI-FI",
                "A05-BASE",
                APPOINTED,
                60,
                false,
                "CPI Firenze, stanza 3",
                AppointmentView.Status.SCHEDULED,
                null,
                null,
                List.of(),
                version);
    }
}
