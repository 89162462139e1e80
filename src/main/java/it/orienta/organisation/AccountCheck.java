package it.orienta.organisation;

import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.web.Sessions;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sessions end when their account changes (ADR 0022). When an administrator deactivates an account, changes its
 * roles or centres or sets a new password, or the login throttle locks it, every session of the account — on any
 * node, all in PostgreSQL — is deleted once the change has committed ({@link Sessions#endAllOf}).
 *
 * <p>And, in depth, whether a logged-in account is still the one that logged in: a session keeps the account as it
 * was at login, so a session that outlived its deletion (a node that stopped between the commit and the delete)
 * would go on with the old account. One query by primary key per request with a session tells (see {@link
 * CentreCheck}).
 */
@Component
class AccountCheck {

    /** The changes of an operator that end their sessions. */
    static final Set<String> ENDING_CHANGES = Set.of("active", "roles", "centres", "password");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Sessions sessions;

    AccountCheck(JdbcClient jdbc, Clock clock, Sessions sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** Whether the account is still active, not locked, and has the same roles and centres as this snapshot. */
    boolean stillValid(OperatorAccount snapshot) {
        return jdbc.sql("""
                        select o.active,
                               array(select r.role from operator_role r where r.operator_id = o.id),
                               array(select c.centre_code from operator_centre c where c.operator_id = o.id),
                               exists(select 1 from login_throttle t
                                      where t.username = lower(o.username) and t.locked_until > ?)
                        from operator o where o.id = ?""")
                .param(Timestamp.from(clock.instant()))
                .param(snapshot.id())
                .query((rs, i) -> rs.getBoolean(1)
                        && !rs.getBoolean(4)
                        && names(rs.getArray(2))
                                .equals(snapshot.roles().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.toSet()))
                        && names(rs.getArray(3)).equals(Set.copyOf(snapshot.centreCodes())))
                .optional()
                .orElse(false);
    }

    /** An administrator deactivated the account, or changed its roles, centres or password: its sessions end. */
    @TransactionalEventListener
    void operatorChanged(DataChanged change) {
        if (!"Operator".equals(change.entityType())
                || change.action() != AuditAction.UPDATE
                || Collections.disjoint(change.fields(), ENDING_CHANGES)) {
            return;
        }
        jdbc.sql("select username from operator where id = ?")
                .param(UUID.fromString(change.entityId()))
                .query(String.class)
                .optional()
                .ifPresent(sessions::endAllOf);
    }

    /** The login throttle locked the account: it works nowhere until the lock is over, its sessions end. */
    @TransactionalEventListener
    void accountLocked(AccountLocked locked) {
        sessions.endAllOf(locked.username());
    }

    private static Set<String> names(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).collect(Collectors.toSet());
    }
}
