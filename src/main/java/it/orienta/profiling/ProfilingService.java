package it.orienta.profiling;

import it.orienta.intake.IntakeService;
import it.orienta.intake.IntakeView;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.profiling.ProfilingEvents.AssessmentConfirmed;
import it.orienta.profiling.ProfilingEvents.InterviewSaved;
import it.orienta.profiling.ProfilingEvents.ScoreRecorded;
import it.orienta.questionnaire.ProfilingItem;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.questionnaire.QuestionnaireService;
import it.orienta.system.CaseAccess;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's qualitative profiling: the interview with the employability score beside the quantitative index of
 * intake, the vulnerability indicators and the deeper assessment (R4, R5). The rules are the {@link Interview}'s;
 * this service checks access, loads, calls it, saves and publishes. The referral module asks it for the assessment
 * and the reasons a referral may draw from the interview.
 *
 * <p>Every public method about a person asks the record-access policy first ({@link CaseAccess}): reads with what
 * is read ({@code profiling}; the policy writes the one audit entry), changes as writes.
 */
@Service
public class ProfilingService {

    private final InterviewRepository interviews;
    private final PersonService persons;
    private final IntakeService intakes;
    private final QuestionnaireService questionnaire;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess access;

    ProfilingService(
            InterviewRepository interviews,
            PersonService persons,
            IntakeService intakes,
            QuestionnaireService questionnaire,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess access) {
        this.interviews = interviews;
        this.persons = persons;
        this.intakes = intakes;
        this.questionnaire = questionnaire;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    /** Today in Rome, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A person's interview (a read of their profiling); version 0 and empty when never recorded. */
    @Transactional(readOnly = true)
    public InterviewView interview(UUID personId) {
        access.read(personId, "profiling");
        return view(load(personId));
    }

    /** A user opens a person's interview: shown, and recorded in the audit log (by the policy); 404 when unknown. */
    @Transactional(readOnly = true)
    public InterviewView openInterview(UUID personId) {
        access.read(personId, "profiling");
        persons.identity(personId);
        return view(load(personId));
    }

    /**
     * The questions and indicators an interview shows: those offered now, and the retired ones this interview
     * answered or marked.
     */
    @Transactional(readOnly = true)
    public InterviewItems items(InterviewView interview) {
        return new InterviewItems(
                shown(ItemList.QUESTION, interview.answers().keySet()),
                shown(ItemList.INDICATOR, interview.indicators()));
    }

    /** The entries an interview page lists, in their order. */
    public record InterviewItems(List<ProfilingItem> questions, List<ProfilingItem> indicators) {}

    private List<ProfilingItem> shown(ItemList list, Collection<UUID> used) {
        return questionnaire.items(list).stream()
                .filter(i -> !i.retired() || used.contains(i.id()))
                .toList();
    }

    /**
     * Saves the interview as the operator left it ({@code version} is the one they saw; 0 for the first). A refusal
     * saves nothing.
     */
    @Transactional
    public InterviewView saveInterview(UUID personId, SaveInterview command, long version) {
        access.write(personId);
        persons.identity(personId);
        var interview = load(personId);
        requireVersion(interview, version);
        var actor = current.actor();
        Instant now = Instant.now(clock);
        var saved = interview.record(
                command,
                offered(ItemList.QUESTION),
                offered(ItemList.INDICATOR),
                today(),
                actor.centreCode(),
                actor.displayName(),
                now);
        save(interview, saved.first());
        events.publishEvent(new InterviewSaved(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                saved.first(),
                command.interviewDate(),
                interview.answers().size(),
                saved.fields()));
        if (saved.scoreChanged()) {
            events.publishEvent(
                    new ScoreRecorded(UUID.randomUUID(), actor, now, personId, command.score(), saved.previousScore()));
        }
        return view(interview);
    }

    /** Confirms the deeper assessment the marked indicators propose (R5); needed for a social-services referral. */
    @Transactional
    public InterviewView confirmAssessment(UUID personId, ConfirmAssessment command, long version) {
        access.write(personId);
        var interview = load(personId);
        requireVersion(interview, version);
        var actor = current.actor();
        Instant now = Instant.now(clock);
        interview.confirmAssessment(command.notes(), actor.displayName(), now);
        save(interview, false);
        events.publishEvent(new AssessmentConfirmed(UUID.randomUUID(), actor, now, personId));
        return view(interview);
    }

    /**
     * The reasons a referral may draw from the interview: each marked indicator and each answer, with the
     * reference a new referral names and the text it will keep.
     */
    @Transactional(readOnly = true)
    public List<ReasonOption> reasonOptions(UUID personId) {
        access.read(personId, "profiling");
        return reasonsOf(load(personId));
    }

    /**
     * What a new referral needs of the interview (a write of the person's case: nothing is recorded as read):
     * whether the deeper assessment is confirmed, and the reasons it may draw from the interview.
     */
    @Transactional(readOnly = true)
    public ReferralBasis referralBasis(UUID personId) {
        access.write(personId);
        var interview = load(personId);
        return new ReferralBasis(interview.assessmentConfirmed(), reasonsOf(interview));
    }

    /** What a referral may rely on: the confirmed assessment (R5) and the reasons offered by the interview. */
    public record ReferralBasis(boolean assessmentConfirmed, List<ReasonOption> reasons) {}

    /**
     * A reason offered from the interview: {@code ref} to choose it ({@code INDICATOR:<id>} or
     * {@code ANSWER:<question id>}), {@code text} as the referral keeps it.
     */
    public record ReasonOption(String ref, Source source, UUID sourceId, String text) {

        /** What in the interview the reason comes from. */
        public enum Source {
            INDICATOR,
            ANSWER
        }
    }

    private List<ReasonOption> reasonsOf(Interview interview) {
        var result = new ArrayList<ReasonOption>();
        var marked = interview.indicators();
        for (var indicator : questionnaire.items(ItemList.INDICATOR)) {
            if (marked.contains(indicator.id())) {
                result.add(new ReasonOption(
                        ReasonOption.Source.INDICATOR + ":" + indicator.id(),
                        ReasonOption.Source.INDICATOR,
                        indicator.id(),
                        indicator.labelIt()));
            }
        }
        var answers = interview.answers();
        for (var question : questionnaire.items(ItemList.QUESTION)) {
            String answer = answers.get(question.id());
            if (answer != null) {
                result.add(new ReasonOption(
                        ReasonOption.Source.ANSWER + ":" + question.id(),
                        ReasonOption.Source.ANSWER,
                        question.id(),
                        question.labelIt() + " — " + answer));
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- helpers

    private Interview load(UUID personId) {
        return interviews.findById(personId).orElseGet(() -> Interview.none(personId));
    }

    private void requireVersion(Interview interview, long version) {
        if (interview.version() != version) {
            throw new StaleVersionException(interview.version(), view(interview));
        }
    }

    /** Writes the interview; a lost race (another first save, or a newer version) is a stale version. */
    private void save(Interview interview, boolean first) {
        try {
            interviews.saveAndFlush(interview);
        } catch (DataIntegrityViolationException e) {
            if (!first) {
                throw e;
            }
            throw new StaleVersionException(1, null);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(interview.version() + 1, null);
        }
    }

    private Set<UUID> offered(ItemList list) {
        return questionnaire.activeItems(list).stream().map(ProfilingItem::id).collect(Collectors.toSet());
    }

    private InterviewView view(Interview interview) {
        var intake = quantitative(interview.getId());
        return interview.view(
                intake.map(IntakeView::profilingIndex).orElse(null),
                intake.map(IntakeView::profilingDate).orElse(null));
    }

    private Optional<IntakeView> quantitative(UUID personId) {
        var now = intakes.currentIntake(personId);
        if (now.isPresent() && now.get().profilingIndex() != null) {
            return now;
        }
        return intakes.intakes(personId).stream()
                .filter(i -> i.profilingIndex() != null)
                .findFirst()
                .or(() -> now);
    }
}
