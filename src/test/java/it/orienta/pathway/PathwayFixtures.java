package it.orienta.pathway;

import static it.orienta.guidance.GuidanceFixtures.PERSON;

import it.orienta.charter.Stage;
import it.orienta.pathway.PathwayView.StageState;
import it.orienta.pathway.PathwayView.StageView;
import java.util.ArrayList;

/** Mario Rossi's pathway as PathwayService returns it, for controller slices. */
public final class PathwayFixtures {

    private PathwayFixtures() {}

    /** Reception done, counselling in progress, the rest not started. */
    public static PathwayView pathway() {
        var stages = new ArrayList<StageView>();
        for (var stage : Stage.values()) {
            var state = switch (stage) {
                case RECEPTION -> StageState.DONE;
                case CAREER_COUNSELLING -> StageState.IN_PROGRESS;
                default -> StageState.NOT_STARTED;
            };
            stages.add(new StageView(stage, state, state == StageState.NOT_STARTED ? 0 : 1, null));
        }
        return new PathwayView(PERSON, stages);
    }
}
