package it.orienta.pathway;

import it.orienta.charter.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The pathway's seven stages for a person, in the card's order, as derived from what was delivered (R1). */
public record PathwayView(UUID personId, List<StageView> stages) {

    /** The same pathway with one stage's state replaced (the agreement module knows the PSP stage best). */
    public PathwayView withStage(Stage stage, StageState state) {
        return new PathwayView(
                personId,
                stages.stream()
                        .map(s -> s.stage() == stage ? new StageView(stage, state, s.meetings(), s.lastMeeting()) : s)
                        .toList());
    }

    public enum StageState {
        NOT_STARTED,
        IN_PROGRESS,
        DONE
    }

    /** One stage: its state, how many meetings it has had and when the last one started. */
    public record StageView(Stage stage, StageState state, int meetings, Instant lastMeeting) {}
}
