package it.orienta.audit;

import it.orienta.audit.AuditLog.AuditEntry;
import it.orienta.audit.AuditLog.AuditQuery;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.DomainEvent;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reading the audit log as people do: the filter typed on the page resolved to persons, dates and a centre; the
 * reader's scope (administrators everything, a coordinator their centre's entries and every access to the persons
 * their centre has in charge, from anywhere); each entry in words, with the person's name and codice fiscale; the
 * export to CSV, itself recorded.
 */
@Service
class AuditSearch {

    /** A person filter may stand for at most this many persons ("rossi"); more asks for a sharper filter. */
    static final int MAX_PERSONS = 100;

    /** Persons read from the intake module per call when collecting a centre's persons in charge. */
    static final int IN_CHARGE_BATCH = 1000;

    static final DateTimeFormatter ITALIAN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(AuditLog.ZONE);

    private final AuditLog log;
    private final CurrentActor current;
    private final PersonService persons;
    private final IntakeService intakes;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final Clock clock;

    AuditSearch(
            AuditLog log,
            CurrentActor current,
            PersonService persons,
            IntakeService intakes,
            OrganisationService organisation,
            MessageSource messages,
            Clock clock) {
        this.log = log;
        this.current = current;
        this.persons = persons;
        this.intakes = intakes;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    /** The centre a coordinator is limited to; {@code null} for administrators, "-" for a coordinator without one. */
    String scope() {
        return current.has(Role.ADMIN) ? null : current.centreCode().orElse("-");
    }

    /**
     * The filter as a query in the current reader's scope, or a {@link RuleViolationException} naming each field
     * at fault (a date that is no date, a person nobody matches, a centre that does not exist).
     */
    AuditQuery resolve(AuditFilter filter) {
        var violations = new ArrayList<Violation>();
        List<UUID> personIds = personIds(filter.getPerson(), violations);
        LocalDate from = date(filter.getFrom(), "from", violations);
        LocalDate to = date(filter.getTo(), "to", violations);
        if (from != null && to != null && to.isBefore(from)) {
            violations.add(Violation.of("audit.date.order", "to"));
        }
        String centre = AuditFilter.blank(filter.getCentre())
                ? null
                : filter.getCentre().strip();
        if (centre != null && organisation.centre(centre).isEmpty()) {
            violations.add(Violation.of("audit.centre.unknown", "centre", centre));
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String username = AuditFilter.blank(filter.getUsername())
                ? null
                : filter.getUsername().strip().toLowerCase(Locale.ROOT);
        String scope = scope();
        return new AuditQuery(
                personIds,
                username,
                centre,
                from,
                to,
                filter.isExceptional(),
                scope,
                scope == null ? List.of() : inChargeAt(scope));
    }

    /** A page of entries in words, and whether more follow. */
    Page page(AuditQuery query, int page, int size, Locale locale) {
        var entries = log.search(query, Math.max(page, 0), size);
        boolean more = entries.size() > size;
        return new Page(rows(more ? entries.subList(0, size) : entries, query.scope(), locale), more);
    }

    /** Entries in words, their persons looked up in one call. */
    List<AuditRow> rows(List<AuditEntry> entries, String scope, Locale locale) {
        var ids = entries.stream()
                .map(AuditEntry::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, PersonSummary> who = ids.isEmpty() ? Map.of() : persons.summaries(ids);
        var centres = centreLabels();
        return entries.stream()
                .map(e -> row(e, e.personId() == null ? null : who.get(e.personId()), centres, scope, locale))
                .toList();
    }

    /**
     * Writes every entry of the query as CSV (UTF-8 with a byte order mark, ";" between fields, Italian headers in
     * Italian), streamed from a cursor, the persons looked up a batch at a time.
     */
    void export(AuditQuery query, OutputStream stream, Locale locale) {
        var centres = centreLabels();
        try {
            var out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            out.write('\uFEFF');
            csv(
                    out,
                    List.of(
                                    "audit.when",
                                    "audit.who",
                                    "audit.username",
                                    "audit.centre",
                                    "audit.roles",
                                    "audit.action",
                                    "audit.entity",
                                    "audit.fields",
                                    "audit.person",
                                    "audit.tax-code",
                                    "audit.other-centre",
                                    "audit.exceptional-reason")
                            .stream()
                            .map(k -> messages.getMessage(k, null, locale))
                            .toList());
            var batch = new ArrayList<AuditEntry>(AuditLog.FETCH_SIZE);
            log.stream(query, entry -> {
                batch.add(entry);
                if (batch.size() == AuditLog.FETCH_SIZE) {
                    write(out, batch, centres, query.scope(), locale);
                }
            });
            write(out, batch, centres, query.scope(), locale);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export is itself an entry of the log: who took which part of it, when. */
    void recordExport(AuditFilter filter) {
        log.recordNow(new AuditExported(UUID.randomUUID(), current.actor(), Instant.now(clock), filter.given()));
    }

    private void write(
            BufferedWriter out, List<AuditEntry> batch, Map<String, String> centres, String scope, Locale locale) {
        var ids = batch.stream()
                .map(AuditEntry::personId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<UUID, PersonSummary> who = ids.isEmpty() ? Map.of() : persons.summaries(ids);
        String yes = messages.getMessage("common.yes", null, "sì", locale);
        try {
            for (var e : batch) {
                var r = row(e, e.personId() == null ? null : who.get(e.personId()), centres, scope, locale);
                csv(
                        out,
                        Arrays.asList(
                                WHEN.format(r.occurredAt()),
                                r.actorName(),
                                r.username(),
                                r.centreLabel(),
                                r.rolesLabel(),
                                r.actionLabel(),
                                r.entityLabel(),
                                String.join(", ", r.fieldLabels()),
                                r.personName(),
                                r.personTaxCode(),
                                r.otherCentre() ? yes : "",
                                r.exceptionalReason()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        batch.clear();
    }

    private static void csv(BufferedWriter out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    /** A CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        String s = value;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private AuditRow row(AuditEntry e, PersonSummary person, Map<String, String> centres, String scope, Locale locale) {
        return new AuditRow(
                e.id(),
                e.occurredAt(),
                e.username(),
                e.actorName(),
                e.centreCode(),
                e.centreCode() == null ? null : centres.getOrDefault(e.centreCode(), e.centreCode()),
                e.roles(),
                roles(e.roles(), locale),
                e.action(),
                label(locale, e.action(), "audit.action." + e.action()),
                e.entityType(),
                what(e.action(), e.entityType(), locale),
                e.entityId(),
                e.personId(),
                person == null ? null : person.firstName() + " " + person.lastName(),
                person == null ? null : person.taxCode(),
                e.fields(),
                e.fields().stream()
                        .map(f -> label(locale, f, "audit.field." + f))
                        .toList(),
                e.exceptionalReason(),
                scope != null && e.centreCode() != null && !e.centreCode().equals(scope));
    }

    /** What was read or changed, in words: reads name a part of the case, changes a kind of record. */
    private String what(String action, String entityType, Locale locale) {
        return AuditAction.READ.name().equals(action)
                ? label(locale, entityType, "audit.what." + entityType, "audit.entity." + entityType)
                : label(locale, entityType, "audit.entity." + entityType, "audit.what." + entityType);
    }

    private String roles(String roles, Locale locale) {
        if (roles == null || roles.isBlank()) {
            return "";
        }
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .map(r -> label(locale, r, "role." + r, "audit.role." + r))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /** The first of the keys that has a message, or the code itself. */
    private String label(Locale locale, String code, String... keys) {
        for (var key : keys) {
            var text = messages.getMessage(key, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        return code;
    }

    private Map<String, String> centreLabels() {
        var labels = new HashMap<String, String>();
        organisation.centres().forEach(c -> labels.put(c.code(), c.label()));
        return labels;
    }

    /** The centres the reader may pick in the filter: every centre. */
    List<it.orienta.organisation.CentreView> centres() {
        return organisation.centres();
    }

    /**
     * The persons the filter names: none given (null), the id the page's own links carry, or those whose codice
     * fiscale or name matches in the person registry.
     */
    private List<UUID> personIds(String text, List<Violation> violations) {
        if (AuditFilter.blank(text)) {
            return null;
        }
        String q = text.strip();
        try {
            return List.of(UUID.fromString(q));
        } catch (IllegalArgumentException notAnId) {
            // a codice fiscale or a name
        }
        var found = persons.search(q, null, 0, MAX_PERSONS);
        if (found.rows().isEmpty()) {
            violations.add(Violation.of("audit.person.none", "person", q));
            return null;
        }
        if (found.hasMore()) {
            violations.add(Violation.of("audit.person.too-many", "person", q, MAX_PERSONS));
            return null;
        }
        return found.rows().stream().map(it.orienta.person.PersonSearchRow::id).toList();
    }

    /** A date as the date field sends it (2026-11-21) or as typed (21/11/2026); null when blank. */
    private static LocalDate date(String text, String field, List<Violation> violations) {
        if (AuditFilter.blank(text)) {
            return null;
        }
        String s = text.strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, ITALIAN_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of("audit.date.invalid", field, s));
            return null;
        }
    }

    /** The persons a centre has in charge now, from the intake module, a batch at a time. */
    private List<UUID> inChargeAt(String centre) {
        if ("-".equals(centre)) {
            return List.of();
        }
        var ids = new LinkedHashSet<UUID>();
        for (int page = 0; ; page++) {
            var batch = intakes.currentAt(centre, page, IN_CHARGE_BATCH);
            batch.forEach(i -> ids.add(i.personId()));
            if (batch.size() <= IN_CHARGE_BATCH) {
                return List.copyOf(ids);
            }
        }
    }

    /** A page of rows, and whether more follow. */
    record Page(List<AuditRow> rows, boolean hasMore) {}

    /**
     * One entry of the log with its codes and their words.
     *
     * @param otherCentre made from another centre than the coordinator's own: an access to one of their persons
     */
    record AuditRow(
            long id,
            Instant occurredAt,
            String username,
            String actorName,
            String centreCode,
            String centreLabel,
            String roles,
            String rolesLabel,
            String action,
            String actionLabel,
            String entityType,
            String entityLabel,
            String entityId,
            UUID personId,
            String personName,
            String personTaxCode,
            List<String> fields,
            List<String> fieldLabels,
            String exceptionalReason,
            boolean otherCentre) {}

    /** Someone exported (part of) the audit log; {@code fields} names the filter's fields that were given. */
    record AuditExported(UUID eventId, Actor actor, Instant occurredAt, List<String> fields) implements DomainEvent {}
}
