package it.orienta.interview;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.PlanItemCommand;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A plan item added on the interview page (R9), with the draft's version the operator saw. */
class ItemForm {
    private long version;
    private AgreementView.PlanItem.Kind kind = AgreementView.PlanItem.Kind.CENTRE;
    private String activityId;
    private String actorName;
    private AgreementView.PlanItem.ActorKind actorKind;
    private String description = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private String frequency;

    PlanItemCommand toCommand() {
        return new PlanItemCommand(kind, activityId, actorName, actorKind, description, dueDate, frequency);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public AgreementView.PlanItem.Kind getKind() {
        return kind;
    }

    public void setKind(AgreementView.PlanItem.Kind kind) {
        this.kind = kind;
    }

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String activityId) {
        this.activityId = activityId;
    }

    public String getActorName() {
        return actorName;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName;
    }

    public AgreementView.PlanItem.ActorKind getActorKind() {
        return actorKind;
    }

    public void setActorKind(AgreementView.PlanItem.ActorKind actorKind) {
        this.actorKind = actorKind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }
}
