package it.orienta.interview;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.CvStatus;
import it.orienta.agreement.PortalRegistration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The interview page's phase 2 (R7, R8): ratings and notes by area, portal registration, CV; with the version the operator saw. */
class Phase2Form {
    private long version;
    private Map<Integer, Integer> ratings = new LinkedHashMap<>();
    private Map<Integer, String> notes = new LinkedHashMap<>();
    private PortalRegistration portalRegistration;
    private CvStatus cvStatus;

    static Phase2Form of(AgreementView a) {
        var f = new Phase2Form();
        f.version = a.version();
        for (var area : a.phase2().areas()) {
            f.ratings.put(area.area(), area.rating());
            f.notes.put(area.area(), area.notes());
        }
        f.portalRegistration = a.phase2().portalRegistration();
        f.cvStatus = a.phase2().cvStatus();
        return f;
    }

    SavePhase2 toCommand() {
        return new SavePhase2(ratings, notes, portalRegistration, cvStatus);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Map<Integer, Integer> getRatings() {
        return ratings;
    }

    public void setRatings(Map<Integer, Integer> ratings) {
        this.ratings = ratings;
    }

    public Map<Integer, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<Integer, String> notes) {
        this.notes = notes;
    }

    public PortalRegistration getPortalRegistration() {
        return portalRegistration;
    }

    public void setPortalRegistration(PortalRegistration portalRegistration) {
        this.portalRegistration = portalRegistration;
    }

    public CvStatus getCvStatus() {
        return cvStatus;
    }

    public void setCvStatus(CvStatus cvStatus) {
        this.cvStatus = cvStatus;
    }
}
