package it.orienta.organisation;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a logged-in account is still the one that logged in: a session keeps the account as it was at login, so
 * an operator deactivated, locked out or given other roles or centres by an administrator would go on with the old
 * ones until they logged out. One query by primary key per request with a session tells (see {@link CentreCheck}).
 */
@Component
class AccountCheck {

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;

    AccountCheck(JdbcClient jdbc, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.throttle = throttle;
    }

    /** Whether the account is still active, not locked, and has the same roles and centres as this snapshot. */
    boolean stillValid(OperatorAccount snapshot) {
        if (throttle.isLocked(snapshot.username())) {
            return false;
        }
        return jdbc.sql("""
                        select o.active,
                               array(select r.role from operator_role r where r.operator_id = o.id),
                               array(select c.centre_code from operator_centre c where c.operator_id = o.id)
                        from operator o where o.id = ?""")
                .param(snapshot.id())
                .query((rs, i) -> rs.getBoolean(1)
                        && names(rs.getArray(2))
                                .equals(snapshot.roles().stream()
                                        .map(Enum::name)
                                        .collect(Collectors.toSet()))
                        && names(rs.getArray(3)).equals(Set.copyOf(snapshot.centreCodes())))
                .optional()
                .orElse(false);
    }

    private static Set<String> names(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).collect(Collectors.toSet());
    }
}
