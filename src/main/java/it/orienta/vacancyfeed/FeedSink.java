package it.orienta.vacancyfeed;

/**
 * Where an import hands the feed's items, one at a time, in the feed's order (employers before vacancies). Implemented
 * by the module that owns employers and vacancies, with its idempotent upsert by (source, external id): the same item
 * handed over twice (a page re-delivered after a crash, an item changed while paging) must change nothing the second
 * time and answer {@link Outcome#UNCHANGED}. Each call commits on its own.
 *
 * <p>Answer {@link Outcome#REJECTED} for an item refused for good (invalid data): the import counts it and goes on.
 * Throw for a passing problem (the database away): the import stops that feed at this item, keeps its cursor before
 * it, and the next run hands it over again.
 */
public interface FeedSink {

    /** What accepting an item did. */
    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REJECTED
    }

    Outcome accept(FeedEmployer employer);

    Outcome accept(FeedVacancy vacancy);
}
