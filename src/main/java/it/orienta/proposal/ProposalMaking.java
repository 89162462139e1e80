package it.orienta.proposal;

import it.orienta.matching.EducationLevel;
import it.orienta.matching.Matching;
import it.orienta.matching.Wanted;
import it.orienta.notification.Channel;
import it.orienta.notification.MessageRequest;
import it.orienta.notification.NotificationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.vacancy.VacancyView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What making a proposal takes beside the aggregate: the snapshot of the match (matching's explanation as JSON, its
 * score and weights' version, ADR 0028) and the vacancy's summary queued to the person through the notification
 * outbox.
 */
@Component
class ProposalMaking {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProposalMaking.class);

    private final Matching matching;
    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final PersonService persons;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate snapshotTx;

    ProposalMaking(
            Matching matching,
            NotificationService notifications,
            OrganisationService organisation,
            PersonService persons,
            MessageSource messages,
            JsonMapper json,
            PlatformTransactionManager transactions) {
        this.matching = matching;
        this.notifications = notifications;
        this.organisation = organisation;
        this.persons = persons;
        this.messages = messages;
        this.json = json;
        this.snapshotTx = new TransactionTemplate(transactions);
        this.snapshotTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The match as it is now, for the snapshot: scored in a transaction of its own, so that a profile not
     * projected yet (or a refusal of matching's) leaves the proposal without a snapshot rather than failing it.
     */
    Proposal.Snapshot snapshot(VacancyView vacancy, UUID personId) {
        try {
            var fits = snapshotTx.execute(s -> matching.score(personId, List.of(wanted(vacancy))));
            if (fits == null || fits.isEmpty()) {
                return Proposal.Snapshot.NONE;
            }
            var explanation = fits.getFirst().explanation();
            return new Proposal.Snapshot(
                    explanation.score(), json.writeValueAsString(explanation), explanation.weightsVersion());
        } catch (RuntimeException e) { // a refusal of matching's, or its profile not written: no snapshot
            log.warn(
                    "proposal: no match snapshot for vacancy {} and person {}: {}",
                    vacancy.id(),
                    personId,
                    e.toString());
            return Proposal.Snapshot.NONE;
        }
    }

    /** The vacancy as matching reads it. */
    static Wanted wanted(VacancyView v) {
        var r = v.requirements();
        Integer level = r.minEducationLevel();
        return new Wanted(
                v.id(),
                v.professionCode(),
                v.municipalityCode(),
                null,
                Wanted.ContractType.valueOf(v.contractType().name()),
                Wanted.WorkingTime.valueOf(v.workingTime().name()),
                level == null || level < 1 || level >= EducationLevel.values().length
                        ? EducationLevel.NONE
                        : EducationLevel.values()[level],
                Set.copyOf(r.drivingLicences()),
                r.languages().stream()
                        .map(l -> new Wanted.LanguageRequirement(l.code(), l.level()))
                        .toList(),
                r.minExperienceYears() == null ? 0 : r.minExperienceYears(),
                v.reservedL68());
    }

    /**
     * The vacancy's summary to the person by e-mail and SMS, once per proposal: title, employer, place, contract and
     * whom to contact at the centre. Nothing of special categories.
     */
    void notify(Proposal proposal, VacancyView vacancy, Actor actor) {
        var person = persons.identity(proposal.personId());
        notifications.send(
                new MessageRequest(
                        proposal.personId(),
                        "proposal:" + proposal.id(),
                        "notification.proposal.subject",
                        "notification.proposal.body",
                        List.of(
                                person.firstName() + " " + person.lastName(),
                                vacancy.title(),
                                vacancy.employerName(),
                                vacancy.municipalityLabel() == null ? "" : vacancy.municipalityLabel(),
                                messages.getMessage(
                                        "vacancy.contract."
                                                + vacancy.contractType().name(),
                                        null,
                                        vacancy.contractType().name(),
                                        Locale.ITALIAN),
                                centreLabel(proposal.centreCode()),
                                actor.displayName()),
                        Set.of(Channel.EMAIL, Channel.SMS),
                        null),
                actor);
    }

    String centreLabel(String code) {
        if (code == null) {
            return "";
        }
        return organisation.centre(code).map(c -> c.label()).orElse(code);
    }
}
