package it.orienta.interview;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.SavePhase1;

/** The interview page's phase 1 (R6), with the version the operator saw. */
class Phase1Form {
    private long version;
    private boolean explainedProcess;
    private boolean explainedRights;
    private String expectations = "";
    private String motivation = "";

    static Phase1Form of(AgreementView a) {
        var f = new Phase1Form();
        f.version = a.version();
        f.explainedProcess = a.phase1().explainedProcess();
        f.explainedRights = a.phase1().explainedRights();
        f.expectations = a.phase1().expectations();
        f.motivation = a.phase1().motivation();
        return f;
    }

    SavePhase1 toCommand() {
        return new SavePhase1(explainedProcess, explainedRights, expectations, motivation);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isExplainedProcess() {
        return explainedProcess;
    }

    public void setExplainedProcess(boolean explainedProcess) {
        this.explainedProcess = explainedProcess;
    }

    public boolean isExplainedRights() {
        return explainedRights;
    }

    public void setExplainedRights(boolean explainedRights) {
        this.explainedRights = explainedRights;
    }

    public String getExpectations() {
        return expectations;
    }

    public void setExpectations(String expectations) {
        this.expectations = expectations;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
