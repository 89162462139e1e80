package it.orienta.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's sent referrals as other modules cite them (once only, issue 14): a pathway closed as "referred to another
 * service" (R26) picks one instead of retyping the service. Reading them is a read of the person's referrals.
 */
@Service
public class SentReferrals {

    private final ReferralService referrals;

    SentReferrals(ReferralService referrals) {
        this.referrals = referrals;
    }

    /** A sent referral: the service named (or the recipient), its recipient, the day it was sent and its step. */
    public record SentReferral(UUID id, String service, String recipient, LocalDate sentOn, ReferralStatus status) {}

    /**
     * The person's referrals that were sent (whatever their step since) and not cancelled, newest first; 404 when the
     * person is unknown.
     */
    @Transactional(readOnly = true)
    public List<SentReferral> of(UUID personId) {
        return referrals.referrals(personId).stream()
                .filter(r -> r.sentOn() != null && r.status() != ReferralStatus.CANCELLED)
                .map(r -> new SentReferral(
                        r.id(),
                        r.serviceName() == null ? r.recipient() : r.serviceName(),
                        r.recipient(),
                        r.sentOn(),
                        r.status()))
                .toList();
    }
}
