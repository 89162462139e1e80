package it.orienta.agreement;

import it.orienta.agreement.Commands.Scan;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * How a version was signed (R10), part of the {@link Agreement} aggregate: the date the person signed on paper, when
 * and by whom it was recorded, and whether the signed scan was kept. A draft has none (all its columns are empty).
 */
@Embeddable
class SignatureRecord {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LocalDate signedOn;
    private Instant signedAt;
    private String signedBy;
    private String signatureMethod;

    protected SignatureRecord() {}

    SignatureRecord(LocalDate signedOn, Scan scan, Actor actor, Instant now) {
        this.signedOn = signedOn;
        this.signedAt = now;
        this.signedBy = actor.displayName();
        this.signatureMethod = scan == null ? "PAPER" : "SCAN";
    }

    /** The date of signature: given, not in the future, not before the interview. */
    static void checkDate(LocalDate date, LocalDate today, LocalDate interviewDay, List<Violation> v) {
        if (date == null) {
            v.add(Violation.of("agreement.sign.date.required", "signedOn"));
        } else if (date.isAfter(today)) {
            v.add(Violation.of("agreement.sign.date.future", "signedOn"));
        } else if (date.isBefore(interviewDay)) {
            v.add(Violation.of("agreement.sign.date.before-interview", "signedOn", DAY.format(interviewDay)));
        }
    }

    AgreementView.Signature view(AgreementScan.Info scan) {
        return new AgreementView.Signature(
                signedOn,
                signedAt,
                signedBy,
                signatureMethod,
                scan == null ? null : scan.fileName(),
                scan == null ? null : scan.sizeBytes());
    }
}
