package it.orienta.pspversions;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.AgreementView.AgreedMeasure;
import it.orienta.agreement.AgreementView.Area;
import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.Measure;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed from one version of a PSP to a later one, field by field: the phases, the ten areas, the art. 20
 * content, the measures and the plan items (matched across versions by their lineage).
 *
 * @param from the older version's id and number
 * @param to the later version's id and number
 */
record AgreementDiff(UUID fromId, int fromNumber, UUID toId, int toNumber, List<Change> changes) {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /**
     * One difference. {@code before}/{@code after} are the values as text ({@code null} when absent); when
     * {@code values} is set they are codes shown through the message keys {@code values + code}.
     *
     * @param section {@code phase1}, {@code phase2}, {@code phase3}, {@code measures}, {@code items}
     * @param subject the area's number, the measure's letter or the item's description; {@code null} otherwise
     * @param field the field that changed; {@code added} or {@code removed} for a whole area, measure or item
     */
    public record Change(String section, String subject, String field, String before, String after, String values) {}

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    static AgreementDiff between(AgreementView a, AgreementView b) {
        var changes = new ArrayList<Change>();
        var p1a = a.phase1();
        var p1b = b.phase1();
        field(changes, "phase1", null, "explainedProcess", p1a.explainedProcess(), p1b.explainedProcess(), "yesno.");
        field(changes, "phase1", null, "explainedRights", p1a.explainedRights(), p1b.explainedRights(), "yesno.");
        field(changes, "phase1", null, "expectations", p1a.expectations(), p1b.expectations(), null);
        field(changes, "phase1", null, "motivation", p1a.motivation(), p1b.motivation(), null);

        Map<Integer, Area> areasA = index(a.phase2().areas(), Area::area);
        for (var area : b.phase2().areas()) {
            var old = areasA.get(area.area());
            String subject = String.valueOf(area.area());
            field(
                    changes,
                    "phase2",
                    subject,
                    "rating",
                    old == null ? null : old.rating(),
                    area.rating(),
                    "agreement.rating.");
            field(changes, "phase2", subject, "notes", old == null ? null : old.notes(), area.notes(), null);
        }
        field(
                changes,
                "phase2",
                null,
                "portalRegistration",
                a.phase2().portalRegistration(),
                b.phase2().portalRegistration(),
                "agreement.portal.");
        field(
                changes,
                "phase2",
                null,
                "cvStatus",
                a.phase2().cvStatus(),
                b.phase2().cvStatus(),
                "agreement.cv.");

        var p3a = a.phase3();
        var p3b = b.phase3();
        field(changes, "phase3", null, "goal", p3a.goal(), p3b.goal(), null);
        field(changes, "phase3", null, "operatorName", p3a.operatorName(), p3b.operatorName(), null);
        field(
                changes,
                "phase3",
                null,
                "profilingClass",
                p3a.profilingClass(),
                p3b.profilingClass(),
                "agreement.profiling.");
        field(changes, "phase3", null, "contactFrequency", p3a.contactFrequency(), p3b.contactFrequency(), null);
        field(changes, "phase3", null, "proofOfSearch", p3a.proofOfSearch(), p3b.proofOfSearch(), null);
        field(
                changes,
                "phase3",
                null,
                "availableWorkshops",
                p3a.availableWorkshops(),
                p3b.availableWorkshops(),
                "yesno.");
        field(changes, "phase3", null, "availableTraining", p3a.availableTraining(), p3b.availableTraining(), "yesno.");
        field(
                changes,
                "phase3",
                null,
                "availableJobOffers",
                p3a.availableJobOffers(),
                p3b.availableJobOffers(),
                "yesno.");
        field(changes, "phase3", null, "availabilityNotes", p3a.availabilityNotes(), p3b.availabilityNotes(), null);
        field(
                changes,
                "phase3",
                null,
                "nextAppointment",
                local(p3a.nextAppointment()),
                local(p3b.nextAppointment()),
                null);

        Map<Measure, AgreedMeasure> measuresA = index(p3a.measures(), AgreedMeasure::measure);
        Map<Measure, AgreedMeasure> measuresB = index(p3b.measures(), AgreedMeasure::measure);
        for (var m : Measure.values()) {
            var old = measuresA.get(m);
            var now = measuresB.get(m);
            if (old == null && now != null) {
                changes.add(new Change("measures", m.name(), "added", null, m.name(), "measure."));
            } else if (old != null && now == null) {
                changes.add(new Change("measures", m.name(), "removed", m.name(), null, "measure."));
            } else if (old != null) {
                field(changes, "measures", m.name(), "notes", old.notes(), now.notes(), null);
            }
        }

        Map<UUID, PlanItem> itemsA = index(a.items(), PlanItem::lineageId);
        Map<UUID, PlanItem> itemsB = index(b.items(), PlanItem::lineageId);
        for (var item : b.items()) {
            var old = itemsA.get(item.lineageId());
            if (old == null) {
                changes.add(new Change("items", item.description(), "added", null, item.description(), null));
                continue;
            }
            String subject = item.description();
            field(changes, "items", subject, "kind", old.kind(), item.kind(), "agreement.kind.");
            field(changes, "items", subject, "activityId", old.activityId(), item.activityId(), null);
            field(changes, "items", subject, "actorName", old.actorName(), item.actorName(), null);
            field(changes, "items", subject, "actorKind", old.actorKind(), item.actorKind(), "agreement.actor.");
            field(changes, "items", subject, "description", old.description(), item.description(), null);
            field(changes, "items", subject, "dueDate", old.dueDate(), item.dueDate(), null);
            field(changes, "items", subject, "frequency", old.frequency(), item.frequency(), null);
            field(changes, "items", subject, "status", old.status(), item.status(), "agreement.status.");
        }
        for (var item : a.items()) {
            if (!itemsB.containsKey(item.lineageId())) {
                changes.add(new Change("items", item.description(), "removed", item.description(), null, null));
            }
        }
        return new AgreementDiff(a.id(), a.number(), b.id(), b.number(), List.copyOf(changes));
    }

    private static void field(
            List<Change> changes,
            String section,
            String subject,
            String field,
            Object before,
            Object after,
            String values) {
        String x = text(before);
        String y = text(after);
        if (!Objects.equals(x, y)) {
            changes.add(new Change(section, subject, field, x, y, values));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof java.time.LocalDate d) {
            return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
        }
        String s = value.toString();
        return s.isEmpty() ? null : s;
    }

    private static String local(Instant instant) {
        return instant == null ? null : LOCAL.format(instant.atZone(it.orienta.system.Rome.ZONE));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        var map = new LinkedHashMap<K, V>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }
}
