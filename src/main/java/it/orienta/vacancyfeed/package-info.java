/**
 * The import of employers and vacancies from the regional labour-market system (issue 13, ADR 0029): an HTTP client
 * of its contract (docs/vacancy-api.yaml: bearer key, timeouts, pages followed by cursor, 429 and 5xx retried with
 * backoff), a durable cursor per feed (table {@code vacancyfeed_cursor}: the last changedAt and id handed over, so
 * that an import resumes exactly where it stopped, even after a crash), and the import run that pulls every page
 * since the cursor and hands each item to a {@link it.orienta.vacancyfeed.FeedSink} — every 15 minutes once per
 * cluster, at start-up and from its admin page; each run's outcome is kept in {@code vacancyfeed_run}.
 *
 * <p>Offers {@link it.orienta.vacancyfeed.FeedSink} with {@link it.orienta.vacancyfeed.FeedEmployer} and
 * {@link it.orienta.vacancyfeed.FeedVacancy} (what the module that owns employers and vacancies implements to
 * receive them, idempotently) and {@link it.orienta.vacancyfeed.FeedImport} (to run an import). With no base URL it
 * talks to the simulator ({@code vacancysim}) over HTTP on this application's port, as it would to the real system.
 *
 * <p>Its own sink, {@code RegionalFeedSink} (ADR 0032), hands the items to {@code vacancy}'s idempotent upserts, a
 * page per transaction, and keeps what it rejected and why ({@code vacancyfeed_rejection}, V54): this module depends on
 * {@code vacancy} (and {@code person}'s vocabulary of licences and CEFR levels), never the other way round, so that the
 * owner of employers and vacancies knows nothing of where they come from.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vacancy feed",
        allowedDependencies = {"system", "vacancy", "person"})
package it.orienta.vacancyfeed;
