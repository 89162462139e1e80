package it.orienta.agreement;

import it.orienta.charter.Stage;
import it.orienta.pathway.PathwayStageSource;
import it.orienta.pathway.PathwayView;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The pathway's agreement stage as the agreement module knows it (in progress while a draft is written, done once a
 * version is signed), given to guidance's one pathway query so that every stepper — the guidance pages, the worker
 * file, the PSP pages — shows the same state.
 */
@Component
class AgreementPathwayStage implements PathwayStageSource {

    private final AgreementService agreements;

    AgreementPathwayStage(AgreementService agreements) {
        this.agreements = agreements;
    }

    @Override
    public Stage stage() {
        return Stage.AGREEMENT;
    }

    @Override
    public Optional<PathwayView.StageState> state(UUID personId) {
        return agreements.stageState(personId);
    }
}
