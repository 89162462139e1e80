package it.orienta.workerfile;

import it.orienta.intake.IntakeService;
import it.orienta.person.PersonService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The worker file page and its timeline fragment. */
@Controller
class WorkerFileController {

    static final int TIMELINE_PAGE = 20;

    private final WorkerFileService files;
    private final IntakeService intakes;
    private final PersonService persons;
    private final ReferenceService reference;
    /** How many of the latest meetings the file shows; the guidance page has them all. */
    static final int RECENT_MEETINGS = 5;

    private final it.orienta.guidance.GuidanceService guidance;
    private final it.orienta.pathway.PathwayService pathways;
    private final it.orienta.charter.CharterService charter;
    private final it.orienta.agreement.AgreementService agreements;
    private final it.orienta.cv.CvFiles cvFiles;

    WorkerFileController(
            WorkerFileService files,
            IntakeService intakes,
            PersonService persons,
            ReferenceService reference,
            it.orienta.guidance.GuidanceService guidance,
            it.orienta.pathway.PathwayService pathways,
            it.orienta.charter.CharterService charter,
            it.orienta.agreement.AgreementService agreements,
            it.orienta.cv.CvFiles cvFiles) {
        this.guidance = guidance;
        this.pathways = pathways;
        this.cvFiles = cvFiles;
        this.agreements = agreements;
        this.charter = charter;
        this.files = files;
        this.intakes = intakes;
        this.persons = persons;
        this.reference = reference;
    }

    @GetMapping("/persons/{id}")
    String file(@PathVariable UUID id, Model model, java.util.Locale locale) {
        var header = files.open(id);
        var p = header.person();
        model.addAttribute("file", header);
        model.addAttribute("p", p);
        model.addAttribute("consents", intakes.consentHistory(id));
        // the pathway as guidance states it, the same as on "Incontri e appuntamenti"
        model.addAttribute("pathway", pathways.pathway(id));
        // the current PSP: the version in force, and the draft being written (one indexed query)
        var versions = agreements.versions(id);
        model.addAttribute("agreementVersions", versions);
        model.addAttribute(
                "agreementSigned",
                versions.stream()
                        .filter(v -> v.status() == it.orienta.agreement.AgreementView.Status.SIGNED)
                        .findFirst()
                        .orElse(null));
        model.addAttribute(
                "agreementDraft",
                versions.stream()
                        .filter(v -> v.status() == it.orienta.agreement.AgreementView.Status.DRAFT)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("meetings", guidance.meetings(id, RECENT_MEETINGS));
        model.addAttribute("cv", cvFiles.current(id).orElse(null));
        model.addAttribute("activityLabels", charter.activityLabels(locale));
        model.addAttribute("timeline", files.timeline(id, List.of(), 0, TIMELINE_PAGE));
        model.addAttribute("kind", "");
        model.addAttribute("maySeeSpecial", persons.maySeeSpecialCategoryData());
        // every code the page shows a label of, in one query
        var codes = new java.util.EnumMap<CodeSystem, List<String>>(CodeSystem.class);
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
        // maps the page may ask with get for a code left empty (citizenship and residence are optional): shown as
        // "—" (SpEL's map[key] refuses a null key)
        model.addAttribute("municipalities", new HashMap<>(labels.get(CodeSystem.MUNICIPALITY)));
        model.addAttribute("countries", new HashMap<>(labels.get(CodeSystem.COUNTRY)));
        model.addAttribute("titles", new HashMap<>(labels.get(CodeSystem.EDUCATION_TITLE)));
        model.addAttribute("professions", new HashMap<>(labels.get(CodeSystem.PROFESSION)));
        model.addAttribute("sep", reference.sepSectors());
        return "workerfile/file";
    }

    /** The whole file as JSON for the person (right of access); audited. */
    @GetMapping(value = "/persons/{id}/export", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<WorkerFileService.Export> export(@PathVariable UUID id) {
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"fascicolo-" + id + ".json\"")
                .body(files.export(id));
    }

    @GetMapping("/persons/{id}/timeline")
    String timeline(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        if (htmx == null) {
            return "redirect:/persons/" + id + "#timeline";
        }
        model.addAttribute("personId", id);
        model.addAttribute("kind", kind);
        model.addAttribute(
                "timeline", files.timeline(id, kind.isBlank() ? List.of() : List.of(kind), page, TIMELINE_PAGE));
        return "workerfile/file :: timeline";
    }
}
