package it.orienta.guidance;

import it.orienta.charter.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pathway's seven stages for a person, in the card's order, as derived from what was delivered (R1). */
public record PathwayView(UUID personId, List<StageView> stages) {

    public enum StageState {
        NOT_STARTED,
        IN_PROGRESS,
        DONE
    }

    /** One stage: its state, how many meetings it has had and when the last one started. */
    public record StageView(Stage stage, StageState state, int meetings, Instant lastMeeting) {}
}
