package it.orienta.vacancysim;

import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Rome;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The simulated regional labour-market system: generates its market once (fixed seed), changes it a market day at
 * a time, and fails as tests and demos tell it. Public so that tests can simulate a day, set a failure and count
 * the requests served.
 */
@Service
@ConditionalOnExpression(VacancySimulator.ENABLED)
public class VacancySimulator {

    /** On when {@code orienta.vacancysim.enabled} says so, else when the database is embedded. */
    public static final String ENABLED = "${orienta.vacancysim.enabled:'${spring.datasource.url:}'.isEmpty()}";

    /** The API key the simulator accepts unless {@code orienta.vacancysim.api-key} says otherwise. */
    public static final String DEFAULT_KEY = "orienta-vacancy-simulator";

    private static final Logger log = LoggerFactory.getLogger(VacancySimulator.class);

    /** How the simulator misbehaves. */
    public enum Mode {
        /** Answers as the contract says. */
        NORMAL,
        /** Answers 503 and closes the connection. */
        UNREACHABLE,
        /** Waits {@code slowMillis} before answering. */
        SLOW,
        /** Answers 429 with {@code Retry-After}. */
        TOO_MANY_REQUESTS,
        /** Answers 500. */
        ERROR
    }

    /**
     * The current failure mode.
     *
     * @param times how many more requests fail so (0: every one until the mode is changed)
     */
    public record Failure(Mode mode, long slowMillis, int times) {}

    /** The market's size: employers, vacancies by status, reserved to L. 68/99, open ones expiring within 7 days. */
    public record Counts(
            long employers,
            long vacancies,
            long open,
            long suspended,
            long filled,
            long expired,
            long withdrawn,
            long reservedL68,
            long expiringInAWeek) {}

    /** What the admin page and tests read. */
    public record Summary(Counts counts, int days, Instant generatedAt, Instant lastDayAt, long seed) {}

    /** What a market day changed (serializable: the admin page keeps it in the session as a flash attribute). */
    public record Day(
            int newEmployers,
            int newVacancies,
            int filled,
            int withdrawn,
            int suspended,
            int reopened,
            int extended,
            int expired)
            implements java.io.Serializable {
        public int changes() {
            return newEmployers + newVacancies + filled + withdrawn + suspended + reopened + extended + expired;
        }
    }

    private final SimStore store;
    private final ReferenceService reference;
    private final Clock clock;
    private final Environment environment;
    private volatile Failure failure = new Failure(Mode.NORMAL, 0, 0);
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();

    VacancySimulator(SimStore store, ReferenceService reference, Clock clock, Environment environment) {
        this.store = store;
        this.reference = reference;
        this.clock = clock;
        this.environment = environment;
    }

    long seed() {
        return environment.getProperty("orienta.vacancysim.seed", Long.class, 20_260_101L);
    }

    String apiKey() {
        return environment.getProperty("orienta.vacancysim.api-key", DEFAULT_KEY);
    }

    /** Sets how the next {@code times} requests fail (0: all of them until told otherwise; NORMAL recovers). */
    public void failWith(Mode mode, long slowMillis, int times) {
        failure = new Failure(mode == null ? Mode.NORMAL : mode, Math.max(0, slowMillis), Math.max(0, times));
        failuresLeft.set(Math.max(0, times));
    }

    public Failure failure() {
        return failure;
    }

    /** The failure this request meets, counting it down; NORMAL when none. */
    Failure failureForRequest() {
        requests.incrementAndGet();
        var f = failure;
        if (f.mode() == Mode.NORMAL || f.times() == 0) {
            return f;
        }
        if (failuresLeft.getAndDecrement() > 0) {
            return f;
        }
        failure = new Failure(Mode.NORMAL, 0, 0);
        return failure;
    }

    /** Requests the feed answered or refused since start. */
    public long requests() {
        return requests.get();
    }

    /**
     * Generates the market once, from the municipalities and professions of the reference tables; a market already
     * generated (or no Tuscan municipality known yet) is left as it is.
     *
     * @return whether it generated the market now
     */
    @Transactional
    public boolean generateIfEmpty() {
        if (store.state().isPresent()) {
            return false;
        }
        var places = reference.current(CodeSystem.MUNICIPALITY).stream()
                .map(c -> new MarketGenerator.Place(c.code(), c.display(), c.province()))
                .toList();
        var professions = reference.current(CodeSystem.PROFESSION).stream()
                .filter(c -> c.level() == 5)
                .map(c -> new MarketGenerator.Profession(c.code(), c.display()))
                .toList();
        if (TuscanPlaces.weigh(places).isEmpty() || professions.isEmpty()) {
            log.warn("Vacancy simulator: no Tuscan municipality or no profession in the reference tables yet");
            return false;
        }
        int employers = environment.getProperty("orienta.vacancysim.employers", Integer.class, 300);
        int vacancies = environment.getProperty("orienta.vacancysim.vacancies", Integer.class, 1000);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (!store.claimGeneration(seed(), now, employers, vacancies)) {
            return false;
        }
        var market = new MarketGenerator(seed(), places, professions)
                .market(employers, vacancies, LocalDate.now(clock.withZone(Rome.ZONE)), now);
        store.insertEmployers(market.employers());
        store.insertVacancies(market.vacancies());
        log.info("Vacancy simulator: generated {} employers and {} vacancies (seed {})", employers, vacancies, seed());
        return true;
    }

    /**
     * A day of the market, as the real system would see it: a few new employers and 20–35 new vacancies, some open
     * ones filled, withdrawn, suspended or extended, suspended ones re-opened, and the past-expiry ones expired.
     * Every change is stamped after every earlier one (the contract's order).
     */
    @Transactional
    public Day simulateDay() {
        var state = store.lockState().orElse(null);
        if (state == null) {
            generateIfEmpty();
            state = store.lockState().orElseThrow(() -> new IllegalStateException("no market to change"));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Instant latest = store.latestChange().orElse(now);
        Instant stamp = now.isAfter(latest) ? now : latest.plus(1, ChronoUnit.MILLIS);
        LocalDate today = LocalDate.now(clock.withZone(Rome.ZONE));
        var random = new Random(state.seed() * 31 + state.days() + 1);
        var places = reference.current(CodeSystem.MUNICIPALITY).stream()
                .map(c -> new MarketGenerator.Place(c.code(), c.display(), c.province()))
                .toList();
        var professions = reference.current(CodeSystem.PROFESSION).stream()
                .filter(c -> c.level() == 5)
                .map(c -> new MarketGenerator.Profession(c.code(), c.display()))
                .toList();
        var generator = new MarketGenerator(random.nextLong(), places, professions);

        int expired = store.expire(today, stamp);
        var open = store.vacancyIds("OPEN");
        var suspended = store.vacancyIds("SUSPENDED");
        var filled = sample(open, 0.03, random);
        var rest = new ArrayList<>(open);
        rest.removeAll(filled);
        var withdrawn = sample(rest, 0.01, random);
        rest.removeAll(withdrawn);
        var paused = sample(rest, 0.01, random);
        rest.removeAll(paused);
        var extended = sample(rest, 0.02, random);
        var reopened = sample(suspended, 0.3, random);
        store.setStatus(filled, "FILLED", stamp);
        store.setStatus(withdrawn, "WITHDRAWN", stamp);
        store.setStatus(paused, "SUSPENDED", stamp);
        store.setStatus(reopened, "OPEN", stamp);
        store.extend(extended, 15, stamp);

        var employers = new ArrayList<>(store.allEmployers());
        int newEmployers = 1 + random.nextInt(3);
        var added = new ArrayList<SimEmployer>();
        for (int i = 1; i <= newEmployers; i++) {
            added.add(generator.employer(state.lastEmployer() + i, stamp));
        }
        store.insertEmployers(added);
        employers.addAll(added);
        if (!employers.isEmpty()) {
            var changed = employers.get(random.nextInt(employers.size()));
            store.changeContact(changed.id(), "Ufficio personale", stamp);
        }
        int newVacancies = 20 + random.nextInt(16);
        var vacancies = new ArrayList<SimVacancy>();
        for (int j = 1; j <= newVacancies; j++) {
            vacancies.add(generator.vacancy(state.lastVacancy() + j, employers, today, today, stamp, true, null));
        }
        store.insertVacancies(vacancies);
        store.dayDone(stamp, state.lastEmployer() + newEmployers, state.lastVacancy() + newVacancies);
        var day = new Day(
                newEmployers,
                newVacancies,
                filled.size(),
                withdrawn.size(),
                paused.size(),
                reopened.size(),
                extended.size(),
                expired);
        log.info("Vacancy simulator: a market day, {}", day);
        return day;
    }

    private static List<String> sample(List<String> ids, double share, Random random) {
        var picked = new ArrayList<String>();
        for (String id : ids) {
            if (random.nextDouble() < share) picked.add(id);
        }
        return picked;
    }

    /** The counts by status, the days simulated, the seed. */
    @Transactional(readOnly = true)
    public Summary summary() {
        var state = store.state();
        return new Summary(
                store.counts(LocalDate.now(clock.withZone(Rome.ZONE))),
                state.map(SimStore.State::days).orElse(0),
                state.map(SimStore.State::generatedAt).orElse(null),
                state.map(SimStore.State::lastDayAt).orElse(null),
                seed());
    }
}
