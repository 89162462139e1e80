package it.orienta.vacancyfeed;

import it.orienta.system.RuleViolationException;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Upsert;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feed's sink (ADR 0032): each employer and vacancy of the regional system upserted into the vacancy module by
 * ({@link Source#REGIONAL_FEED}, its regional id), through {@link EmployerService#upsertFromFeed} and
 * {@link VacancyService#upsertFromFeed} — the aggregates' rules checked for every item — as the application itself
 * ({@code Actor.SYSTEM}, even when an administrator started the run from its page).
 *
 * <p>A page of vacancies is upserted as a whole ({@code orienta.vacancyfeed.page-wide}, on by default, ADR 0032):
 * {@link VacancyService#upsertPageFromFeed} answers for each item, a refused one REJECTED without rolling back the
 * others. A page of employers, or of vacancies with the page-wide upsert off, is taken in one transaction ({@code orienta.vacancyfeed.page-transaction}, on by default): the import of
 * 30,000 vacancies pays one commit per page, not one per item. When an item of the page is refused, or anything fails,
 * the page's transaction is rolled back and the page taken again one item at a time, each in its own transaction, so
 * that the refused item alone is REJECTED and a passing problem stops the feed at the item it hit.
 *
 * <p>A refusal is REJECTED with the rule's code: a term the vocabulary does not know, a rule of the aggregates (an
 * invalid tax code, a profession that is not a fifth-level unit…), and a vacancy whose employer is not known — the
 * employers' feed runs first, so its employer was not published or was itself rejected. The cursor goes past a
 * rejected item: it comes again when the regional system changes it (or after the administrator resets the cursor).
 */
@Component
class RegionalFeedSink implements FeedSink {

    private final EmployerService employers;
    private final VacancyService vacancies;
    private final TransactionTemplate tx;
    private final boolean pageTransaction;
    private final boolean pageWide;

    RegionalFeedSink(
            EmployerService employers,
            VacancyService vacancies,
            PlatformTransactionManager transactions,
            @Value("${orienta.vacancyfeed.page-transaction:true}") boolean pageTransaction,
            @Value("${orienta.vacancyfeed.page-wide:true}") boolean pageWide) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.tx = new TransactionTemplate(transactions);
        this.pageTransaction = pageTransaction;
        this.pageWide = pageWide;
    }

    @Override
    public Outcome accept(FeedEmployer employer) {
        return asSystem(() -> employer(employer));
    }

    @Override
    public Outcome accept(FeedVacancy vacancy) {
        return asSystem(() -> vacancy(vacancy));
    }

    @Override
    public PageResult acceptEmployers(List<FeedEmployer> page) {
        return asSystem(() -> page(page, this::employer));
    }

    @Override
    public PageResult acceptVacancies(List<FeedVacancy> page) {
        return asSystem(() -> pageWide && pageTransaction ? vacancyPage(page) : page(page, this::vacancy));
    }

    private <T> PageResult page(List<T> page, Function<T, Outcome> upsert) {
        if (pageTransaction && page.size() > 1) {
            try {
                var results = tx.execute(status -> {
                    var done = new ArrayList<Result>(page.size());
                    for (T item : page) {
                        done.add(new Result(upsert.apply(item), null));
                    }
                    return done;
                });
                return new PageResult(results, null);
            } catch (RuntimeException refusedOrFailed) {
                // rolled back: the page again, one item at a time, so that only the refused item is left out
            }
        }
        return FeedSink.oneByOne(page, item -> tx.execute(status -> upsert.apply(item)));
    }

    /**
     * A page of vacancies through {@link VacancyService#upsertPageFromFeed}, in one transaction: its employers' ids in
     * one query, the unknown employers and terms REJECTED here, the aggregates' refusals REJECTED as the vacancy module
     * answers them, each item on its own. Anything else rolls the page back and takes it again one item per
     * transaction, which stops the feed at the item that hit the passing problem.
     */
    private PageResult vacancyPage(List<FeedVacancy> page) {
        try {
            var results = tx.execute(status -> {
                var ids = employers.idsOf(
                        Source.REGIONAL_FEED,
                        page.stream().map(FeedVacancy::employerExternalId).toList());
                var out = new Result[page.size()];
                var items = new ArrayList<VacancyService.FeedItem>(page.size());
                var at = new ArrayList<Integer>(page.size());
                for (int i = 0; i < page.size(); i++) {
                    var v = page.get(i);
                    try {
                        var employer = v.employerExternalId() == null ? null : ids.get(v.employerExternalId());
                        if (employer == null) {
                            throw new Rejected(
                                    "vacancy.employer.unknown employerExternalId: " + v.employerExternalId());
                        }
                        items.add(new VacancyService.FeedItem(FeedMapping.vacancy(v, employer), FeedMapping.status(v)));
                        at.add(i);
                    } catch (Rejected rejected) {
                        out[i] = new Result(Outcome.REJECTED, rejected.reason());
                    }
                }
                var done = vacancies.upsertPageFromFeed(items);
                for (int j = 0; j < done.size(); j++) {
                    var r = done.get(j);
                    out[at.get(j)] = r.refused() != null
                            ? new Result(Outcome.REJECTED, reason(r.refused()))
                            : new Result(outcome(r.upserted().what()), null);
                }
                return Arrays.asList(out);
            });
            return new PageResult(results, null);
        } catch (RuntimeException failed) {
            // rolled back: the page again, one item at a time, so that a passing problem stops the feed at its item
            return FeedSink.oneByOne(page, item -> tx.execute(status -> vacancy(item)));
        }
    }

    private Outcome employer(FeedEmployer e) {
        try {
            return outcome(employers.upsertFromFeed(FeedMapping.employer(e)).what());
        } catch (RuleViolationException refused) {
            throw new Rejected(reason(refused));
        }
    }

    private Outcome vacancy(FeedVacancy v) {
        var employer = employers
                .idOf(Source.REGIONAL_FEED, v.employerExternalId())
                .orElseThrow(
                        () -> new Rejected("vacancy.employer.unknown employerExternalId: " + v.employerExternalId()));
        try {
            return outcome(vacancies
                    .upsertFromFeed(FeedMapping.vacancy(v, employer), FeedMapping.status(v))
                    .what());
        } catch (RuleViolationException refused) {
            throw new Rejected(reason(refused));
        }
    }

    private static Outcome outcome(Upsert what) {
        return switch (what) {
            case CREATED -> Outcome.CREATED;
            case UPDATED -> Outcome.UPDATED;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }

    /** The rules' codes with their fields and arguments: "vacancy.profession.unknown professionCode [9.9.9]". */
    static String reason(RuleViolationException refused) {
        return refused.violations().stream()
                .map(v -> v.code()
                        + (v.field() == null ? "" : " " + v.field())
                        + (v.args().isEmpty() ? "" : " " + v.args()))
                .collect(Collectors.joining("; "));
    }

    /** The import is the application's work, whoever started it: no operator's rights or name on what it writes. */
    private static <T> T asSystem(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
