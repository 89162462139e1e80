package it.orienta.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a path variable names, judged by the literal segment in front of it ({@code /persons/{id}} a person,
 * {@code /agreements/{a}/diff/{b}} two agreements, {@code /cv/history/{cvId}} a CV). The access tests find the
 * operations and pages that touch a person's case through these kinds, so that a new one is covered without anyone
 * adding it; a path variable in front of an unknown segment fails them until it is classified here.
 */
enum CaseKind {
    PERSON,
    MEETING,
    APPOINTMENT,
    AGREEMENT,
    PLAN_ITEM,
    REFERRAL,
    ENGAGEMENT,
    CV,
    TRANSFER,
    OCCUPATION,
    WORK_EXPERIENCE,
    EDUCATION_TITLE,
    /** A vacancy proposed to the person (issue 13). */
    PROPOSAL,
    /** Another centre's request to the centre in charge to propose a vacancy to the person (issue 13). */
    PROPOSAL_REQUEST,
    /** A group session: a record of its centre, not of one person ({@code caseAccess.centre}). */
    SESSION,
    /** Not a person's case: code tables, the charter, the profiling lists, an operator's own extraction job. */
    NOT_A_CASE;

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** The segment in front of a path variable → what the variable names. */
    private static final Map<String, CaseKind> BY_SEGMENT = Map.ofEntries(
            Map.entry("persons", PERSON),
            Map.entry("participants", PERSON),
            Map.entry("meetings", MEETING),
            Map.entry("appointments", APPOINTMENT),
            Map.entry("agreements", AGREEMENT),
            Map.entry("diff", AGREEMENT),
            Map.entry("items", PLAN_ITEM),
            Map.entry("plan-items", PLAN_ITEM),
            Map.entry("referrals", REFERRAL),
            Map.entry("engagements", ENGAGEMENT),
            Map.entry("history", CV),
            Map.entry("cv", CV),
            Map.entry("transfers", TRANSFER),
            Map.entry("occupations", OCCUPATION),
            Map.entry("work-experiences", WORK_EXPERIENCE),
            Map.entry("education-titles", EDUCATION_TITLE),
            Map.entry("sessions", SESSION),
            Map.entry("proposals", PROPOSAL),
            Map.entry("proposal-requests", PROPOSAL_REQUEST),
            Map.entry("requests", PROPOSAL_REQUEST), // the page /proposals/requests/{id}
            // not a case: the labour market's employers and vacancies (a vacancy's proposals are filtered per centre;
            // its candidates are regional by the matching consent, ADR 0028/0030)
            Map.entry("vacancies", NOT_A_CASE),
            Map.entry("employers", NOT_A_CASE),
            // not a case: an operator's own extraction job, code tables, professions, the profiling lists, charter
            Map.entry("occupation-extractions", NOT_A_CASE),
            Map.entry("extraction", NOT_A_CASE),
            Map.entry("reference", NOT_A_CASE),
            Map.entry("professions", NOT_A_CASE),
            Map.entry("profiling", NOT_A_CASE),
            Map.entry("activities", NOT_A_CASE));

    /** The administrators' area and the portal simulator hold no case data (their own tests cover them). */
    static boolean outOfScope(String path) {
        return path.startsWith("/api/v1/admin/")
                || path.startsWith("/admin/")
                || path.equals("/admin")
                || path.startsWith("/sim/");
    }

    /** One path variable: its name as written, its kind (empty when the segment in front is unknown). */
    record Variable(String name, String segment, Optional<CaseKind> kind) {}

    static List<Variable> variables(String path) {
        var out = new ArrayList<Variable>();
        var segments = path.split("/");
        for (int i = 0; i < segments.length; i++) {
            var m = VARIABLE.matcher(segments[i]);
            if (m.matches()) {
                String before = i > 0 ? segments[i - 1] : "";
                // a variable right after another ({table}/{code}) names something of the same kind
                var kind = VARIABLE.matcher(before).matches() && !out.isEmpty()
                        ? out.getLast().kind()
                        : Optional.ofNullable(BY_SEGMENT.get(before));
                out.add(new Variable(m.group(1), before, kind));
            }
        }
        return out;
    }

    /** Whether the path names a person's case or a centre's session (so the access policy must guard it). */
    static boolean guarded(String path) {
        return !outOfScope(path)
                && variables(path).stream()
                        .anyMatch(v -> v.kind().isPresent() && v.kind().get() != NOT_A_CASE);
    }

    /** Whether the path names a person's case (not only a centre's session): a read must be audited. */
    static boolean personal(String path) {
        return guarded(path)
                && variables(path).stream()
                        .anyMatch(v -> v.kind().isPresent()
                                && v.kind().get() != NOT_A_CASE
                                && v.kind().get() != SESSION);
    }

    /** The variables of the path that no kind explains (outside the administrators' area). */
    static List<Variable> unclassified(String path) {
        if (outOfScope(path)) {
            return List.of();
        }
        return variables(path).stream().filter(v -> v.kind().isEmpty()).toList();
    }

    /** The path with each variable replaced by the fixture's record of its kind. */
    static String substitute(String path, Map<CaseKind, String> ids) {
        var variables = variables(path).iterator();
        var segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (VARIABLE.matcher(segments[i]).matches()) {
                var kind = variables.next().kind().orElse(null);
                String id = kind == null ? null : ids.get(kind);
                if (id == null) {
                    throw new IllegalStateException("The fixture has no " + kind + " for " + path);
                }
                segments[i] = id;
            }
        }
        return String.join("/", segments);
    }
}
