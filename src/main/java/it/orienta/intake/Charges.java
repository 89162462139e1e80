package it.orienta.intake;

import it.orienta.organisation.OrganisationService;
import it.orienta.system.ChargeDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has each person in charge, read from the intakes: the facts the record-access policy (module {@code access})
 * decides on, the person search's "in charge at" column ({@link ChargeDirectory}) and the coordinator's list of
 * persons taken over by other centres. These reads check no access and record nothing: they answer which centre a
 * case belongs to, never what is in it.
 */
@Component
public class Charges implements ChargeDirectory {

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    Charges(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The centre that has the person in charge (or had them last), if any. */
    @Transactional(readOnly = true)
    public Optional<String> ownerCentre(UUID personId) {
        return jdbc.sql("select centre_code from intake where person_id = ? "
                        + "order by (status = 'CURRENT') desc, privacy_acknowledged_at desc limit 1")
                .param(personId)
                .query(String.class)
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> chargeCentres(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var labels = new HashMap<String, String>();
        organisation.centres().forEach(c -> labels.put(c.code(), c.label()));
        var result = new HashMap<UUID, String>();
        jdbc.sql(
                        "select person_id, centre_code from intake where status = 'CURRENT' and person_id = any(cast(? as uuid[]))")
                .param(personIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((rs, i) ->
                        result.put(rs.getObject(1, UUID.class), labels.getOrDefault(rs.getString(2), rs.getString(2))))
                .list();
        return result;
    }

    /** The persons another centre took over from {@code centre} since then, newest first. */
    @Transactional(readOnly = true)
    public List<TransferOut> transfersOutOf(String centre, Instant since, int limit) {
        return jdbc.sql("select person_id, centre_code, operator_name, privacy_acknowledged_at, transfer_reason "
                        + "from intake where transferred_from = ? and privacy_acknowledged_at >= ? "
                        + "order by privacy_acknowledged_at desc limit ?")
                .param(centre)
                .param(Timestamp.from(since))
                .param(limit)
                .query((rs, i) -> new TransferOut(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /** A person taken over by another centre: who, by which centre and operator, when and why. */
    public record TransferOut(UUID personId, String toCentre, String operatorName, Instant at, String reason) {}

    /**
     * The code of the centre that has each of these persons in charge now (a current intake), for those who have
     * one: the candidate profile of the {@code matching} module. No access check, nothing recorded.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> currentCentreCodes(Collection<UUID> personIds) {
        var result = new HashMap<UUID, String>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        "select person_id, centre_code from intake where status = 'CURRENT' and person_id = any(cast(? as uuid[]))")
                .param(personIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((rs, i) -> result.put(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        return result;
    }
}
