package it.orienta.referral;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The home page's referrals: those of the operator's centre awaiting an answer, overdue first (R5, R26). */
@Component
class ReferralWorklist implements WorklistSource {

    static final int LIMIT = 10;

    private final ReferralService referrals;

    ReferralWorklist(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.centreCode() == null
                || actor.roles() == null
                || !(actor.hasRole("OPERATOR") || actor.hasRole("COORDINATOR"))) {
            return List.of(); // the centre's referrals are case data: none on the administrator's home page
        }
        return referrals.awaitingAnswer(actor.centreCode(), LIMIT).stream()
                .map(r -> new WorklistItem(
                        WorklistItem.REFERRALS,
                        r.dueDate() == null
                                ? null
                                : r.dueDate().atStartOfDay(Rome.ZONE).toInstant(),
                        r.personName(),
                        r.overdue() ? "worklist.referral.overdue" : "worklist.referral.awaiting",
                        List.of(r.recipient(), r.dueDate() == null ? "" : Referral.DAY.format(r.dueDate())),
                        "/referrals/" + r.id(),
                        r.overdue()))
                .toList();
    }
}
