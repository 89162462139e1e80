package it.orienta.vacancyfeed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where an import hands the feed's items, in the feed's order (employers before vacancies), a page at a time.
 * Implemented by the module that owns employers and vacancies, with its idempotent upsert by (source, external id):
 * the same item handed over twice (a page re-delivered after a crash, an item changed while paging) must change
 * nothing the second time and answer {@link Outcome#UNCHANGED}.
 *
 * <p>An item refused for good (invalid data) is {@link Outcome#REJECTED}, by answering it or by throwing
 * {@link Rejected} with the rule's code: the import counts it, keeps the reason (vacancyfeed_rejection) and goes on.
 * Throw anything else for a passing problem (the database away): the import stops that feed at this item, keeps its
 * cursor before it, and the next run hands it over again.
 *
 * <p>The page methods hand over a whole page; by default they take its items one by one ({@link #oneByOne}), a sink
 * may take a page in one transaction instead (ADR 0032), as long as it answers for every item it accepted.
 */
public interface FeedSink {

    /** What accepting an item did. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    /** What accepting one item did, and why it was rejected ({@code null} otherwise, or when the sink did not say). */
    record Result(Outcome outcome, String reason) {}

    /**
     * What handing over a page did: one result per item accepted, in the page's order; {@code stoppedBy} the passing
     * problem that stopped the page at the item after the last result ({@code null} when every item was accepted).
     */
    record PageResult(List<Result> results, RuntimeException stoppedBy) {}

    /** An item refused for good, with the code of the rule it broke and what it was about. */
    final class Rejected extends RuntimeException {

        private final String reason;

        public Rejected(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    Outcome accept(FeedEmployer employer);

    Outcome accept(FeedVacancy vacancy);

    default PageResult acceptEmployers(List<FeedEmployer> page) {
        return oneByOne(page, this::accept);
    }

    default PageResult acceptVacancies(List<FeedVacancy> page) {
        return oneByOne(page, this::accept);
    }

    /** Hands the items over one at a time, each on its own, until one fails with a passing problem. */
    static <T> PageResult oneByOne(List<T> page, Function<T, Outcome> accept) {
        var results = new ArrayList<Result>(page.size());
        for (T item : page) {
            try {
                results.add(new Result(accept.apply(item), null));
            } catch (Rejected r) {
                results.add(new Result(Outcome.REJECTED, r.reason()));
            } catch (RuntimeException e) {
                return new PageResult(results, e);
            }
        }
        return new PageResult(results, null);
    }
}
