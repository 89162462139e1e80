package it.orienta.agreement;

import it.orienta.agreement.Commands.Scan;
import it.orienta.charter.CharterService;
import it.orienta.person.PersonService;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a PSP: the tagged PDF given to the person, the signed scan, and the differences between two
 * versions. Each read is checked and recorded by the record-access policy with what is read ({@code agreement-pdf},
 * {@code agreement-scan}, {@code agreement-diff}).
 */
@Service
class AgreementDocuments {

    private final AgreementRepository agreements;
    private final AgreementScanRepository scans;
    private final AgreementReads reads;
    private final PersonService persons;
    private final CharterService charter;
    private final AgreementPdf pdf;
    private final CaseAccess access;

    AgreementDocuments(
            AgreementRepository agreements,
            AgreementScanRepository scans,
            AgreementReads reads,
            PersonService persons,
            CharterService charter,
            AgreementPdf pdf,
            CaseAccess access) {
        this.agreements = agreements;
        this.scans = scans;
        this.reads = reads;
        this.persons = persons;
        this.charter = charter;
        this.pdf = pdf;
        this.access = access;
    }

    /** The PSP document (tagged PDF, plain Italian first page). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id) {
        access.read(reads.personOf(id), "agreement-pdf");
        var agreement = view(id);
        var person = persons.view(agreement.personId());
        return pdf.render(agreement, person, charter.activityLabels(java.util.Locale.ITALIAN));
    }

    /** The signed scan of a version, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<Scan> scan(UUID id) {
        access.read(reads.personOf(id), "agreement-scan");
        return scans.findById(id).map(AgreementScan::scan);
    }

    /** The differences between two versions of the same person's PSP, older first. */
    @Transactional(readOnly = true)
    public AgreementDiff diff(UUID a, UUID b) {
        access.read(reads.personOf(a), "agreement-diff");
        access.read(reads.personOf(b), "agreement-diff");
        var left = view(a);
        var right = view(b);
        if (!left.personId().equals(right.personId())) {
            throw new RuleViolationException("agreement.diff.other-person", null);
        }
        return left.number() > right.number() ? AgreementDiff.between(right, left) : AgreementDiff.between(left, right);
    }

    private AgreementView view(UUID id) {
        var agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
        return agreement.view(reads.scanInfo(id).orElse(null));
    }
}
