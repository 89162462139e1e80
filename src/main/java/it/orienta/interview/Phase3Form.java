package it.orienta.interview;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Measure;
import it.orienta.agreement.ProfilingClass;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The interview page's phase 3 apart from the plan items (R10, R25), with the version the operator saw. */
class Phase3Form {
    private long version;
    private String goal = "";
    private UUID operatorId;
    private ProfilingClass profilingClass;
    private String contactFrequency = "";
    private String proofOfSearch = "";
    private boolean availableWorkshops;
    private boolean availableTraining;
    private boolean availableJobOffers;
    private String availabilityNotes = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime nextAppointment;

    private List<Measure> measures = new ArrayList<>();
    private Map<Measure, String> measureNotes = new EnumMap<>(Measure.class);

    static Phase3Form of(AgreementView a) {
        var f = new Phase3Form();
        var p = a.phase3();
        f.version = a.version();
        f.goal = p.goal();
        f.operatorId = p.operatorId();
        f.profilingClass = p.profilingClass();
        f.contactFrequency = p.contactFrequency();
        f.proofOfSearch = p.proofOfSearch();
        f.availableWorkshops = p.availableWorkshops();
        f.availableTraining = p.availableTraining();
        f.availableJobOffers = p.availableJobOffers();
        f.availabilityNotes = p.availabilityNotes();
        f.nextAppointment = p.nextAppointment() == null
                ? null
                : LocalDateTime.ofInstant(p.nextAppointment(), it.orienta.system.Rome.ZONE);
        for (var m : p.measures()) {
            f.measures.add(m.measure());
            f.measureNotes.put(m.measure(), m.notes());
        }
        return f;
    }

    SavePhase3 toCommand() {
        return new SavePhase3(
                goal,
                operatorId,
                profilingClass,
                contactFrequency,
                proofOfSearch,
                availableWorkshops,
                availableTraining,
                availableJobOffers,
                availabilityNotes,
                nextAppointment,
                measures,
                measureNotes);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public UUID getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(UUID operatorId) {
        this.operatorId = operatorId;
    }

    public ProfilingClass getProfilingClass() {
        return profilingClass;
    }

    public void setProfilingClass(ProfilingClass profilingClass) {
        this.profilingClass = profilingClass;
    }

    public String getContactFrequency() {
        return contactFrequency;
    }

    public void setContactFrequency(String contactFrequency) {
        this.contactFrequency = contactFrequency;
    }

    public String getProofOfSearch() {
        return proofOfSearch;
    }

    public void setProofOfSearch(String proofOfSearch) {
        this.proofOfSearch = proofOfSearch;
    }

    public boolean isAvailableWorkshops() {
        return availableWorkshops;
    }

    public void setAvailableWorkshops(boolean availableWorkshops) {
        this.availableWorkshops = availableWorkshops;
    }

    public boolean isAvailableTraining() {
        return availableTraining;
    }

    public void setAvailableTraining(boolean availableTraining) {
        this.availableTraining = availableTraining;
    }

    public boolean isAvailableJobOffers() {
        return availableJobOffers;
    }

    public void setAvailableJobOffers(boolean availableJobOffers) {
        this.availableJobOffers = availableJobOffers;
    }

    public String getAvailabilityNotes() {
        return availabilityNotes;
    }

    public void setAvailabilityNotes(String availabilityNotes) {
        this.availabilityNotes = availabilityNotes;
    }

    public LocalDateTime getNextAppointment() {
        return nextAppointment;
    }

    public void setNextAppointment(LocalDateTime nextAppointment) {
        this.nextAppointment = nextAppointment;
    }

    public List<Measure> getMeasures() {
        return measures;
    }

    public void setMeasures(List<Measure> measures) {
        this.measures = measures;
    }

    public Map<Measure, String> getMeasureNotes() {
        return measureNotes;
    }

    public void setMeasureNotes(Map<Measure, String> measureNotes) {
        this.measureNotes = measureNotes;
    }
}
