package it.orienta.workerfile;

import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementSummary;
import it.orienta.agreement.AgreementView;
import it.orienta.charter.CharterService;
import it.orienta.cv.CvFileView;
import it.orienta.cv.CvFiles;
import it.orienta.guidance.GuidanceService;
import it.orienta.guidance.MeetingView;
import it.orienta.intake.ConsentView;
import it.orienta.intake.IntakeService;
import it.orienta.pathway.PathwayService;
import it.orienta.pathway.PathwayView;
import it.orienta.person.PersonService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.reference.ReferenceService.SepSector;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the worker file page shows, read in one read-only transaction: one connection and one persistence
 * context for the page instead of one per part (issue 11, docs/performance.md). Each part still comes from the
 * module that owns it, and each read still asks the record-access policy, which records one audit entry per request.
 */
@Service
class WorkerFilePages {

    /** How many of the latest meetings the file shows; the guidance page has them all. */
    static final int RECENT_MEETINGS = 5;

    static final int TIMELINE_PAGE = 20;

    private final WorkerFileService files;
    private final IntakeService intakes;
    private final PersonService persons;
    private final ReferenceService reference;
    private final GuidanceService guidance;
    private final PathwayService pathways;
    private final CharterService charter;
    private final AgreementService agreements;
    private final CvFiles cvFiles;

    WorkerFilePages(
            WorkerFileService files,
            IntakeService intakes,
            PersonService persons,
            ReferenceService reference,
            GuidanceService guidance,
            PathwayService pathways,
            CharterService charter,
            AgreementService agreements,
            CvFiles cvFiles) {
        this.files = files;
        this.intakes = intakes;
        this.persons = persons;
        this.reference = reference;
        this.guidance = guidance;
        this.pathways = pathways;
        this.charter = charter;
        this.agreements = agreements;
        this.cvFiles = cvFiles;
    }

    @Transactional(readOnly = true)
    FilePage page(UUID personId, Locale locale) {
        var header = files.open(personId); // 404 and 403 first
        var p = header.person();
        var versions = agreements.versions(personId);
        // every code the page shows a label of, in one query
        var codes = new EnumMap<CodeSystem, List<String>>(CodeSystem.class);
        codes.put(
                CodeSystem.MUNICIPALITY,
                Arrays.asList(p.birthMunicipalityCode(), p.residenceMunicipalityCode(), p.domicileMunicipalityCode()));
        codes.put(CodeSystem.COUNTRY, Arrays.asList(p.birthCountryCode(), p.citizenshipCode()));
        codes.put(
                CodeSystem.EDUCATION_TITLE,
                p.educationTitles().stream().map(t -> t.titleCode()).toList());
        codes.put(
                CodeSystem.PROFESSION,
                p.workExperiences().stream().map(w -> w.professionCode()).toList());
        var labels = reference.labels(codes);
        return new FilePage(
                header,
                intakes.consentHistory(personId),
                pathways.pathway(personId),
                versions,
                version(versions, AgreementView.Status.SIGNED),
                version(versions, AgreementView.Status.DRAFT),
                guidance.meetings(personId, RECENT_MEETINGS),
                cvFiles.current(personId).orElse(null),
                charter.activityLabels(locale),
                files.timelineOfKnownPerson(personId, List.of(), 0, TIMELINE_PAGE),
                persons.maySeeSpecialCategoryData(),
                // maps the page may ask with get for a code left empty (citizenship and residence are optional):
                // shown as "—" (SpEL's map[key] refuses a null key)
                new HashMap<>(labels.get(CodeSystem.MUNICIPALITY)),
                new HashMap<>(labels.get(CodeSystem.COUNTRY)),
                new HashMap<>(labels.get(CodeSystem.EDUCATION_TITLE)),
                new HashMap<>(labels.get(CodeSystem.PROFESSION)),
                reference.sepSectors());
    }

    private static AgreementSummary version(List<AgreementSummary> versions, AgreementView.Status status) {
        return versions.stream().filter(v -> v.status() == status).findFirst().orElse(null);
    }

    /** The parts of the worker file page, named as the template names them. */
    record FilePage(
            WorkerFileService.Header file,
            List<ConsentView> consents,
            PathwayView pathway,
            List<AgreementSummary> agreementVersions,
            AgreementSummary agreementSigned,
            AgreementSummary agreementDraft,
            List<MeetingView> meetings,
            CvFileView cv,
            Map<String, String> activityLabels,
            WorkerFileService.TimelinePage timeline,
            boolean maySeeSpecial,
            Map<String, String> municipalities,
            Map<String, String> countries,
            Map<String, String> titles,
            Map<String, String> professions,
            List<SepSector> sep) {}
}
