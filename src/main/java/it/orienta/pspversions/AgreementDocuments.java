package it.orienta.pspversions;

import it.orienta.agreement.AgreementService;
import it.orienta.charter.CharterService;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.CaseAccess;
import it.orienta.system.RuleViolationException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a PSP: the tagged PDF given to the person (with the centre's heading and the person's desired
 * occupations now) and the differences between two versions. Each read is
 * checked and recorded by the record-access policy with what is read ({@code agreement-pdf}, {@code agreement-diff})
 * before the version is read through the agreement's service (the signed scan is the agreement's to give, as {@code
 * agreement-scan}).
 */
@Service
class AgreementDocuments {

    private final AgreementService agreements;
    private final PersonService persons;
    private final CharterService charter;
    private final AgreementPdf pdf;
    private final CaseAccess access;
    private final OrganisationService organisation;
    private final OccupationDirectory occupations;

    AgreementDocuments(
            AgreementService agreements,
            PersonService persons,
            CharterService charter,
            AgreementPdf pdf,
            CaseAccess access,
            OrganisationService organisation,
            OccupationDirectory occupations) {
        this.agreements = agreements;
        this.persons = persons;
        this.charter = charter;
        this.pdf = pdf;
        this.access = access;
        this.organisation = organisation;
        this.occupations = occupations;
    }

    /** The PSP document (tagged PDF, plain Italian first page). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id) {
        access.read(agreements.personOf(id), "agreement-pdf");
        var agreement = agreements.view(id);
        var person = persons.view(agreement.personId());
        var centre = agreement.centreCode() == null
                ? null
                : organisation.centre(agreement.centreCode()).orElse(null);
        return pdf.render(
                agreement,
                person,
                charter.activityLabels(java.util.Locale.ITALIAN),
                centre,
                occupations.current(agreement.personId()));
    }

    /** The differences between two versions of the same person's PSP, older first. */
    @Transactional(readOnly = true)
    public AgreementDiff diff(UUID a, UUID b) {
        access.read(agreements.personOf(a), "agreement-diff");
        access.read(agreements.personOf(b), "agreement-diff");
        var left = agreements.view(a);
        var right = agreements.view(b);
        if (!left.personId().equals(right.personId())) {
            throw new RuleViolationException("agreement.diff.other-person", null);
        }
        return left.number() > right.number() ? AgreementDiff.between(right, left) : AgreementDiff.between(left, right);
    }
}
