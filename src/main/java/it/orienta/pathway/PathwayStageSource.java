package it.orienta.pathway;

import it.orienta.charter.Stage;
import java.util.Optional;
import java.util.UUID;

/**
 * A stage of the pathway that another module knows better than guidance's meetings do — the PSP's
 * ({@link Stage#AGREEMENT}: in progress while a draft is written, done once a version is signed), known to the
 * agreement module. {@link PathwayService#pathway(UUID)} asks every bean of this type, so that every stepper (the
 * guidance pages, the worker file, the agreement) shows the same state from one method.
 */
public interface PathwayStageSource {

    /** The stage this source decides. */
    Stage stage();

    /** The stage's state for the person, or empty to keep what guidance derived from the meetings. */
    Optional<PathwayView.StageState> state(UUID personId);
}
