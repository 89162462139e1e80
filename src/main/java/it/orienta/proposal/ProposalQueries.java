package it.orienta.proposal;

import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.RequestStatus;
import it.orienta.proposal.ProposalTerms.Status;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.vacancy.VacancyTerms.ContractType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reads of proposals and requests: SQL with explicit columns on this module's tables, the persons' names through
 * the person registry. No access check here: the service decides who reads what.
 */
@Component
class ProposalQueries {

    private static final String COLUMNS = """
            id, vacancy_id, vacancy_title, employer_name, person_id, centre_code, proposed_by, proposed_on, channel,
            match_score, weights_version, status, answered_on, refusal_reason, refusal_note, candidature_on,
            candidature_to, candidature_how, outcome_on, interview_on, hired_contract, hired_start, withdrawn_by,
            request_id, version""";

    private static final String REQUEST_COLUMNS = """
            id, vacancy_id, vacancy_title, employer_name, person_id, from_centre, to_centre, requested_by,
            requested_at, note, status, answered_by, answered_at, decline_reason, proposal_id, version""";

    private final JdbcClient jdbc;
    private final PersonService persons;

    ProposalQueries(JdbcClient jdbc, PersonService persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    Optional<ProposalView> byId(UUID id) {
        var rows = proposals(" where id = :id", Map.of("id", id), true);
        return rows.stream().findFirst();
    }

    List<ProposalView> ofPerson(UUID personId) {
        return proposals(
                " where person_id = :person order by proposed_on desc, created_at desc limit 200",
                Map.of("person", personId),
                true);
    }

    List<ProposalView> ofVacancy(UUID vacancyId) {
        return proposals(
                " where vacancy_id = :vacancy order by proposed_on desc, created_at desc limit 500",
                Map.of("vacancy", vacancyId),
                false);
    }

    /** The live proposal of this vacancy to this person, if any. */
    Optional<UUID> live(UUID vacancyId, UUID personId) {
        return jdbc.sql("select id from proposal where vacancy_id = :v and person_id = :p"
                        + " and status in ('PROPOSED', 'INTERESTED', 'CANDIDATURE_SENT', 'INTERVIEW')")
                .param("v", vacancyId)
                .param("p", personId)
                .query(UUID.class)
                .optional();
    }

    /** The pending request for this vacancy and person, if any. */
    Optional<UUID> pendingRequest(UUID vacancyId, UUID personId) {
        return jdbc.sql("select id from proposal_request where vacancy_id = :v and person_id = :p"
                        + " and status = 'PENDING'")
                .param("v", vacancyId)
                .param("p", personId)
                .query(UUID.class)
                .optional();
    }

    /** The centre's proposals made on or before {@code before} still awaiting the person's answer, oldest first. */
    List<ProposalView> awaitingAnswer(String centre, LocalDate before, int limit) {
        return proposals(
                " where centre_code = :centre and status = 'PROPOSED' and proposed_on <= :before"
                        + " order by proposed_on, id limit :limit",
                Map.of("centre", centre, "before", before, "limit", limit),
                false);
    }

    /** The centre's candidatures sent on or before {@code before} still without an outcome, oldest first. */
    List<ProposalView> outcomesDue(String centre, LocalDate before, int limit) {
        return proposals(
                " where centre_code = :centre and status = 'CANDIDATURE_SENT' and candidature_on <= :before"
                        + " order by candidature_on, id limit :limit",
                Map.of("centre", centre, "before", before, "limit", limit),
                false);
    }

    /** How many proposals the person had, and the latest one (by the day proposed, then by the last change). */
    Measure measure(UUID personId) {
        int count = jdbc.sql("select count(*) from proposal where person_id = :p")
                .param("p", personId)
                .query(Integer.class)
                .single();
        var latest = proposals(
                        " where person_id = :person order by proposed_on desc, updated_at desc limit 1",
                        Map.of("person", personId),
                        false)
                .stream()
                .findFirst()
                .orElse(null);
        return new Measure(count, latest);
    }

    record Measure(int count, ProposalView latest) {}

    Optional<RequestView> request(UUID id) {
        return requests(" where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** The requests sent to the centre awaiting its answer, oldest first. */
    List<RequestView> requestsTo(String centre, int limit) {
        return requests(
                " where to_centre = :centre and status = 'PENDING' order by requested_at, id limit :limit",
                Map.of("centre", centre, "limit", limit));
    }

    /** The requests the centre sent, newest first; answered since {@code answeredSince} only, when given. */
    List<RequestView> requestsFrom(String centre, Instant answeredSince, int limit) {
        if (answeredSince == null) {
            return requests(
                    " where from_centre = :centre order by requested_at desc, id limit :limit",
                    Map.of("centre", centre, "limit", limit));
        }
        return requests(
                " where from_centre = :centre and status <> 'PENDING' and answered_at >= :since"
                        + " order by answered_at desc, id limit :limit",
                Map.of("centre", centre, "since", Timestamp.from(answeredSince), "limit", limit));
    }

    // ---------------------------------------------------------------- mapping

    private List<ProposalView> proposals(String where, Map<String, ?> params, boolean withSteps) {
        var rows = jdbc.sql("select " + COLUMNS + " from proposal" + where)
                .params(params)
                .query(ProposalQueries::proposal)
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var names = names(rows.stream().map(ProposalView::personId).toList());
        Map<UUID, List<ProposalView.Step>> steps = withSteps ? steps(rows) : Map.of();
        return rows.stream()
                .map(r -> new ProposalView(
                        r.id(),
                        r.vacancyId(),
                        r.vacancyTitle(),
                        r.employerName(),
                        r.personId(),
                        names.apply(r.personId()),
                        r.centreCode(),
                        r.proposedBy(),
                        r.proposedOn(),
                        r.channel(),
                        r.matchScore(),
                        r.weightsVersion(),
                        r.status(),
                        r.answeredOn(),
                        r.refusalReason(),
                        r.refusalNote(),
                        r.candidatureOn(),
                        r.candidatureTo(),
                        r.candidatureHow(),
                        r.outcomeOn(),
                        r.interviewOn(),
                        r.hiredContract(),
                        r.hiredStart(),
                        r.withdrawnBy(),
                        r.requestId(),
                        steps.getOrDefault(r.id(), List.of()),
                        r.version()))
                .toList();
    }

    private Map<UUID, List<ProposalView.Step>> steps(List<ProposalView> rows) {
        var result = new HashMap<UUID, List<ProposalView.Step>>();
        jdbc.sql("select proposal_id, step, step_on, recorded_at, recorded_by, detail from proposal_step"
                        + " where proposal_id = any(cast(:ids as uuid[])) order by proposal_id, position")
                .param("ids", rows.stream().map(ProposalView::id).toArray(UUID[]::new))
                .query((rs, i) -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new ProposalView.Step(
                                Status.valueOf(rs.getString(2)),
                                rs.getObject(3, LocalDate.class),
                                rs.getTimestamp(4).toInstant(),
                                rs.getString(5),
                                rs.getString(6))))
                .list();
        return result;
    }

    private List<RequestView> requests(String where, Map<String, ?> params) {
        var rows = jdbc.sql("select " + REQUEST_COLUMNS + " from proposal_request" + where)
                .params(params)
                .query(ProposalQueries::request)
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        var names = names(rows.stream().map(RequestView::personId).toList());
        return rows.stream()
                .map(r -> new RequestView(
                        r.id(),
                        r.vacancyId(),
                        r.vacancyTitle(),
                        r.employerName(),
                        r.personId(),
                        names.apply(r.personId()),
                        r.fromCentre(),
                        r.toCentre(),
                        r.requestedBy(),
                        r.requestedAt(),
                        r.note(),
                        r.status(),
                        r.answeredBy(),
                        r.answeredAt(),
                        r.declineReason(),
                        r.proposalId(),
                        r.version()))
                .toList();
    }

    private Function<UUID, String> names(List<UUID> ids) {
        Map<UUID, PersonSummary> found = persons.summaries(new HashSet<>(ids));
        return id -> {
            var p = found.get(id);
            return p == null ? "" : p.lastName() + " " + p.firstName();
        };
    }

    private static ProposalView proposal(ResultSet rs, int i) throws SQLException {
        return new ProposalView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, UUID.class),
                "",
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, LocalDate.class),
                Channel.valueOf(rs.getString(9)),
                (Integer) rs.getObject(10, Integer.class),
                rs.getString(11),
                Status.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class),
                rs.getString(14) == null ? null : RefusalReason.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getObject(16, LocalDate.class),
                rs.getString(17) == null ? null : CandidatureTo.valueOf(rs.getString(17)),
                rs.getString(18),
                rs.getObject(19, LocalDate.class),
                rs.getObject(20, LocalDate.class),
                rs.getString(21) == null ? null : ContractType.valueOf(rs.getString(21)),
                rs.getObject(22, LocalDate.class),
                rs.getString(23) == null ? null : WithdrawnBy.valueOf(rs.getString(23)),
                rs.getObject(24, UUID.class),
                List.of(),
                rs.getLong(25));
    }

    private static RequestView request(ResultSet rs, int i) throws SQLException {
        Timestamp answered = rs.getTimestamp(13);
        return new RequestView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, UUID.class),
                "",
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getString(10),
                RequestStatus.valueOf(rs.getString(11)),
                rs.getString(12),
                answered == null ? null : answered.toInstant(),
                rs.getString(14),
                rs.getObject(15, UUID.class),
                rs.getLong(16));
    }
}
