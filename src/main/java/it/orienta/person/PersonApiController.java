package it.orienta.person;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.web.IfMatch;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Persons in the REST API. Reads answer with an ETag of the version; updates must send it back in If-Match and
 * get 409 with the current state when somebody changed the person meanwhile.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApiController {

    private final PersonService persons;

    PersonApiController(PersonService persons) {
        this.persons = persons;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<PersonView> register(@Valid @RequestBody PersonCommand request) {
        var person = persons.register(request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id()))
                .eTag(etag(person.version()))
                .body(person);
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonView> read(@PathVariable UUID id) {
        var person = persons.view(id);
        return ResponseEntity.ok().eTag(etag(person.version())).body(person);
    }

    @PutMapping(value = "/{id}", consumes = "application/json")
    ResponseEntity<PersonView> update(
            @PathVariable UUID id, IfMatch ifMatch, @Valid @RequestBody PersonCommand request) {
        var person = persons.update(id, ifMatch.version(), request);
        return ResponseEntity.ok().eTag(etag(person.version())).body(person);
    }

    @GetMapping
    PersonService.SearchResult search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return persons.search(q, birthDate, page, size);
    }

    @PostMapping(value = "/{id}/education-titles", consumes = "application/json")
    ResponseEntity<PersonView.EducationTitleView> addEducationTitle(
            @PathVariable UUID id, @Valid @RequestBody EducationTitleCommand request) {
        var title = persons.addEducationTitle(id, request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/education-titles/" + title.id()))
                .body(title);
    }

    @DeleteMapping("/{id}/education-titles/{titleId}")
    ResponseEntity<Void> removeEducationTitle(@PathVariable UUID id, @PathVariable UUID titleId) {
        persons.removeEducationTitle(id, titleId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/{id}/work-experiences", consumes = "application/json")
    ResponseEntity<PersonView.WorkExperienceView> addWorkExperience(
            @PathVariable UUID id, @Valid @RequestBody WorkExperienceCommand request) {
        var work = persons.addWorkExperience(id, request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/work-experiences/" + work.id()))
                .body(work);
    }

    @DeleteMapping("/{id}/work-experiences/{workId}")
    ResponseEntity<Void> removeWorkExperience(@PathVariable UUID id, @PathVariable UUID workId) {
        persons.removeWorkExperience(id, workId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/special-category-data")
    SpecialCategoryData special(@PathVariable UUID id) {
        return persons.specialCategoryData(id);
    }

    @PutMapping(value = "/{id}/special-category-data", consumes = "application/json")
    SpecialCategoryData updateSpecial(
            @PathVariable UUID id, IfMatch ifMatch, @Valid @RequestBody SpecialCategoryData request) {
        return persons.updateSpecialCategoryData(id, ifMatch.version(), request);
    }

    static String etag(long version) {
        return it.orienta.web.ETags.of(version);
    }
}
