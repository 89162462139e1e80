package it.orienta.referral;

import it.orienta.referral.ReferralCommands.CreateReferral;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A new referral as the page sends it. */
class ReferralForm {
    private ReferralKind kind;
    private String serviceName;
    private String recipient;
    private List<String> reasons = new ArrayList<>();
    private String reasonText;
    private List<DataCategory> sharedData = new ArrayList<>();
    private boolean consentGiven;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    CreateReferral toCommand() {
        return new CreateReferral(
                kind,
                serviceName,
                recipient,
                List.copyOf(reasons),
                reasonText,
                sharedData.isEmpty() ? EnumSet.noneOf(DataCategory.class) : EnumSet.copyOf(sharedData),
                consentGiven,
                dueDate);
    }

    public ReferralKind getKind() {
        return kind;
    }

    public void setKind(ReferralKind kind) {
        this.kind = kind;
    }

    public String getServiceName() {
        return serviceName;
    }

    public void setServiceName(String serviceName) {
        this.serviceName = serviceName;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = reasons == null ? new ArrayList<>() : reasons;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public List<DataCategory> getSharedData() {
        return sharedData;
    }

    public void setSharedData(List<DataCategory> sharedData) {
        this.sharedData = sharedData == null ? new ArrayList<>() : sharedData;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
