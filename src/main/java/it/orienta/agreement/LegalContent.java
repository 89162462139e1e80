package it.orienta.agreement;

import static it.orienta.agreement.AgreementChecks.SHORT_TEXT;
import static it.orienta.agreement.AgreementChecks.TEXT;
import static it.orienta.agreement.AgreementChecks.clean;
import static it.orienta.agreement.AgreementChecks.tooLong;

import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The content art. 20 D.Lgs. 150/2015 puts in every PSP (R10), part of the {@link Agreement} aggregate: the responsible
 * operator, the employability profile (profiling class), the ordinary frequency of contacts, how the person proves
 * their active search, and their declared availability. What a signature needs of it is said here.
 *
 * <p>The profiling class is the PSP's own content, confirmed by the operator (suggested from the intake's
 * quantitative index when the first version is drafted): a signed version keeps the class it was signed with.
 */
@Embeddable
class LegalContent {

    private UUID operatorId;
    private String operatorName;

    @Enumerated(EnumType.STRING)
    private ProfilingClass profilingClass;

    private String contactFrequency = "";
    private String proofOfSearch = "";
    private boolean availableWorkshops;
    private boolean availableTraining;
    private boolean availableJobOffers;
    private String availabilityNotes = "";
    private Instant nextAppointment;

    protected LegalContent() {}

    LegalContent(UUID operatorId, String operatorName, ProfilingClass suggested) {
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.profilingClass = suggested;
    }

    /** The texts of phase 3 that have a length. */
    static void checkTexts(SavePhase3 c, List<Violation> v) {
        tooLong(v, c.contactFrequency(), SHORT_TEXT, "contactFrequency");
        tooLong(v, c.proofOfSearch(), TEXT, "proofOfSearch");
        tooLong(v, c.availabilityNotes(), TEXT, "availabilityNotes");
    }

    /** Takes phase 3's content (checked by the agreement first). */
    void apply(SavePhase3 c, Responsible responsible) {
        operatorId = responsible.id();
        operatorName = responsible.name();
        profilingClass = c.profilingClass();
        contactFrequency = clean(c.contactFrequency());
        proofOfSearch = clean(c.proofOfSearch());
        availableWorkshops = Boolean.TRUE.equals(c.availableWorkshops());
        availableTraining = Boolean.TRUE.equals(c.availableTraining());
        availableJobOffers = Boolean.TRUE.equals(c.availableJobOffers());
        availabilityNotes = clean(c.availabilityNotes());
        nextAppointment = c.nextAppointment() == null
                ? null
                : c.nextAppointment().atZone(Rome.ZONE).toInstant();
    }

    /** What a signature needs of the draft, this content's part taken from here (see {@link AgreementChecks}). */
    List<Violation> missingForSignature(boolean planEmpty, boolean explainedRights, boolean interviewRunning) {
        return AgreementChecks.missingForSignature(
                planEmpty, profilingClass, contactFrequency, proofOfSearch, explainedRights, interviewRunning);
    }

    /** The same content for an update (the next appointment is the new version's own). */
    LegalContent copy() {
        var c = new LegalContent(operatorId, operatorName, profilingClass);
        c.contactFrequency = contactFrequency;
        c.proofOfSearch = proofOfSearch;
        c.availableWorkshops = availableWorkshops;
        c.availableTraining = availableTraining;
        c.availableJobOffers = availableJobOffers;
        c.availabilityNotes = availabilityNotes;
        return c;
    }

    AgreementView.Phase3 view(Instant savedAt, String goal, List<AgreementView.AgreedMeasure> measures) {
        return new AgreementView.Phase3(
                savedAt,
                goal,
                operatorId,
                operatorName,
                profilingClass,
                contactFrequency,
                proofOfSearch,
                availableWorkshops,
                availableTraining,
                availableJobOffers,
                availabilityNotes,
                nextAppointment,
                measures);
    }

    /** The responsible operator of phase 3 (R10); {@code active} false refuses the save. */
    record Responsible(UUID id, String name, boolean active) {}
}
