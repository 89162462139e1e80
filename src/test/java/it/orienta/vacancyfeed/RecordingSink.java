package it.orienta.vacancyfeed;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sink for tests that keeps what it received as the vacancy module's upsert would: by id, CREATED the first time,
 * UPDATED for a newer version, UNCHANGED for a version it has; it can be told to fail on an id (a passing problem).
 */
public class RecordingSink implements FeedSink {

    public final Map<String, FeedEmployer> employers = new ConcurrentHashMap<>();
    public final Map<String, FeedVacancy> vacancies = new ConcurrentHashMap<>();
    /** Every item handed over, in order, with what the sink answered: "V0000001@1 CREATED". */
    public final List<String> log = new CopyOnWriteArrayList<>();

    public volatile String failOn;

    @Override
    public Outcome accept(FeedEmployer employer) {
        fail(employer.externalId());
        var before = employers.get(employer.externalId());
        return record(
                employer.externalId(),
                employer.version(),
                before == null ? null : before.version(),
                () -> employers.put(employer.externalId(), employer));
    }

    @Override
    public Outcome accept(FeedVacancy vacancy) {
        fail(vacancy.externalId());
        if (!employers.containsKey(vacancy.employerExternalId())) {
            log.add(vacancy.externalId() + "@" + vacancy.version() + " REJECTED");
            return Outcome.REJECTED;
        }
        var before = vacancies.get(vacancy.externalId());
        return record(
                vacancy.externalId(),
                vacancy.version(),
                before == null ? null : before.version(),
                () -> vacancies.put(vacancy.externalId(), vacancy));
    }

    private void fail(String id) {
        if (id.equals(failOn)) {
            throw new IllegalStateException("the database went away");
        }
    }

    private Outcome record(String id, int version, Integer before, Runnable put) {
        Outcome outcome;
        if (before == null) {
            outcome = Outcome.CREATED;
        } else if (version > before) {
            outcome = Outcome.UPDATED;
        } else {
            outcome = Outcome.UNCHANGED;
        }
        if (outcome != Outcome.UNCHANGED) {
            put.run();
        }
        log.add(id + "@" + version + " " + outcome);
        return outcome;
    }

    public long count(Outcome outcome) {
        return log.stream().filter(l -> l.endsWith(" " + outcome.name())).count();
    }

    public void clear() {
        employers.clear();
        vacancies.clear();
        log.clear();
        failOn = null;
    }
}
