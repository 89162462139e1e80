package it.orienta.pathway;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.charter.Stage;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.system.CaseAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The pathway's stages for a person (R1), the one source of every stepper. */
@Service
public class PathwayService {

    private final GuidanceService guidance;
    private final IntakeService intakes;
    private final CharterService charter;
    private final CaseAccess caseAccess;
    private final ObjectProvider<PathwayStageSource> stageSources;

    PathwayService(
            GuidanceService guidance,
            IntakeService intakes,
            CharterService charter,
            CaseAccess caseAccess,
            ObjectProvider<PathwayStageSource> stageSources) {
        this.guidance = guidance;
        this.intakes = intakes;
        this.charter = charter;
        this.caseAccess = caseAccess;
        this.stageSources = stageSources;
    }

    /**
     * The pathway's stages (R1), the one source of every stepper (guidance pages, worker file, agreement): reception
     * when the person was taken in charge; a stage whose activities limit the total (the skills audit) is in
     * progress while its engagement is open and done when it is closed; any other stage is done once a meeting of it
     * was delivered with the person present; a stage another module knows better (the PSP's, from the agreement
     * module) takes the state that module gives through {@link PathwayStageSource}.
     */
    @Transactional(readOnly = true)
    public PathwayView pathway(UUID personId) {
        caseAccess.read(personId, "pathway");
        var states = new EnumMap<Stage, PathwayView.StageState>(Stage.class);
        var counts = new EnumMap<Stage, Integer>(Stage.class);
        var last = new EnumMap<Stage, Instant>(Stage.class);
        for (var s : Stage.values()) {
            states.put(s, PathwayView.StageState.NOT_STARTED);
            counts.put(s, 0);
        }
        if (!intakes.intakes(personId).isEmpty()) {
            states.put(Stage.RECEPTION, PathwayView.StageState.DONE);
        }
        Map<String, ActivityView> activities = new HashMap<>();
        charter.activities().forEach(a -> activities.put(a.id(), a));
        for (var e : guidance.engagements(personId)) {
            var activity = activities.get(e.activityId());
            if (activity == null) {
                continue;
            }
            Stage stage = activity.stage();
            counts.merge(stage, e.meetings(), Integer::sum);
            PathwayView.StageState state;
            if (activity.standard().limitsTotal()) {
                state = e.open() ? PathwayView.StageState.IN_PROGRESS : PathwayView.StageState.DONE;
            } else {
                state = e.deliveredMinutes() > 0
                        ? PathwayView.StageState.DONE
                        : e.meetings() > 0 ? PathwayView.StageState.IN_PROGRESS : PathwayView.StageState.NOT_STARTED;
            }
            if (state.ordinal() > states.get(stage).ordinal()) {
                states.put(stage, state);
            }
        }
        guidance.lastMeetingStarts(personId).forEach((activityId, startedAt) -> {
            var activity = activities.get(activityId);
            if (activity != null) {
                last.merge(activity.stage(), startedAt, (a, b) -> a.isAfter(b) ? a : b);
            }
        });
        stageSources
                .orderedStream()
                .forEach(source -> source.state(personId).ifPresent(state -> states.put(source.stage(), state)));
        var stages = new ArrayList<PathwayView.StageView>();
        for (var s : Stage.values()) {
            stages.add(new PathwayView.StageView(s, states.get(s), counts.get(s), last.get(s)));
        }
        return new PathwayView(personId, stages);
    }
}
