package it.orienta.agreement;

import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the agreement pages (each carries the version the operator saw). */
final class AgreementForms {

    private AgreementForms() {}

    static class Phase1Form {
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

    static class Phase2Form {
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

    static class Phase3Form {
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
                    : LocalDateTime.ofInstant(p.nextAppointment(), AgreementService.ZONE);
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

    static class ItemForm {
        private long version;
        private ItemKind kind = ItemKind.CENTRE;
        private String activityId;
        private String actorName;
        private NetworkActorKind actorKind;
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

        public ItemKind getKind() {
            return kind;
        }

        public void setKind(ItemKind kind) {
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

        public NetworkActorKind getActorKind() {
            return actorKind;
        }

        public void setActorKind(NetworkActorKind actorKind) {
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

    static class EndForm {
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime end;

        private String deviationReason;

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public String getDeviationReason() {
            return deviationReason;
        }

        public void setDeviationReason(String deviationReason) {
            this.deviationReason = deviationReason;
        }
    }

    static class SignForm {
        private long version;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate signedOn;

        private MultipartFile scan;

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public LocalDate getSignedOn() {
            return signedOn;
        }

        public void setSignedOn(LocalDate signedOn) {
            this.signedOn = signedOn;
        }

        public MultipartFile getScan() {
            return scan;
        }

        public void setScan(MultipartFile scan) {
            this.scan = scan;
        }
    }

    static class StatusForm {
        private long version;
        private ItemStatus status;
        private String note = "";

        ChangeStatus toCommand() {
            return new ChangeStatus(status, note);
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public ItemStatus getStatus() {
            return status;
        }

        public void setStatus(ItemStatus status) {
            this.status = status;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
