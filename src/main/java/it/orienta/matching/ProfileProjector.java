package it.orienta.matching;

import it.orienta.cv.CvFiles;
import it.orienta.intake.Charges;
import it.orienta.intake.IntakeService;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.PersonReads;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code match_profile} fresh from facts: {@link #refresh} rebuilds some persons' rows through the owning
 * modules' public reads (person, intake, occupation, cv: never their tables), {@link #rebuildAll} every person's in
 * pages of {@value #PAGE}, each page in a transaction of its own, once per cluster (a PostgreSQL advisory lock held by
 * the node that rebuilds; another node asking meanwhile is told it runs already).
 */
@Component
class ProfileProjector {

    static final int PAGE = 1_000;

    /** The key of the rebuild's session advisory lock. */
    private static final String LOCK = "matching.profile-rebuild";

    private static final Logger log = LoggerFactory.getLogger(ProfileProjector.class);

    private final PersonReads persons;
    private final Charges charges;
    private final IntakeService intakes;
    private final OccupationDirectory occupations;
    private final CvFiles cvs;
    private final ProfileStore store;
    private final TransactionTemplate tx;
    private final DataSource dataSource;
    private final Clock clock;

    ProfileProjector(
            PersonReads persons,
            Charges charges,
            IntakeService intakes,
            OccupationDirectory occupations,
            CvFiles cvs,
            ProfileStore store,
            PlatformTransactionManager transactions,
            DataSource dataSource,
            Clock clock) {
        this.persons = persons;
        this.charges = charges;
        this.intakes = intakes;
        this.occupations = occupations;
        this.cvs = cvs;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Rebuilds these persons' rows from the facts as they are now; returns how many were written. */
    int refresh(Collection<UUID> ids) {
        Integer written = tx.execute(status -> {
            var asOf = store.databaseTime(); // before the reads: what they see is at least this new
            var facts = persons.matchingFacts(ids);
            var keys = facts.keySet();
            var centres = charges.currentCentreCodes(keys);
            var consents = intakes.currentMatchingConsents(keys);
            var occupation = occupations.matchingFacts(keys);
            var cv = cvs.currentObsoleteFrom(keys);
            LocalDate today = LocalDate.now(clock);
            var profiles = new ArrayList<MatchProfile>(facts.size());
            for (var person : facts.values()) {
                UUID id = person.id();
                profiles.add(MatchProfile.from(
                        person, centres.get(id), consents.get(id), occupation.get(id), cv.get(id), today));
            }
            store.save(profiles, asOf);
            return profiles.size();
        });
        return written == null ? 0 : written;
    }

    /**
     * Rebuilds every person's row, page by page, unless another node (or thread) is rebuilding now. Returns the rows
     * written, or -1 when the rebuild ran elsewhere.
     */
    long rebuildAll() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(hashtextextended(?, 0))")) {
                log.info("Matching profiles: a rebuild runs already on another node");
                return -1;
            }
            try {
                long written = 0;
                UUID after = null;
                while (true) {
                    List<UUID> page = persons.idsAfter(after, PAGE);
                    if (page.isEmpty()) break;
                    written += refresh(page);
                    after = page.getLast();
                }
                log.info("Matching profiles rebuilt: {} persons", written);
                return written;
            } finally {
                advisory(lock, "select pg_advisory_unlock(hashtextextended(?, 0))");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Matching profiles: the rebuild's lock failed", e);
        }
    }

    private static boolean advisory(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, LOCK);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
