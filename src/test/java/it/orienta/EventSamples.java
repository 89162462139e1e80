package it.orienta;

import static org.assertj.core.api.Assertions.fail;

import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every event type Orienta publishes, found on the class path rather than remembered, and a sample of each built
 * through its canonical record constructor (ADR 0020): the description tests of the audit log and of the timeline
 * run over all of them, so an event type nobody described fails the build with its name.
 */
public final class EventSamples {

    /** The operator of the samples. */
    public static final Actor ACTOR = new Actor(
            UUID.fromString("00000000-0000-0000-0000-0000000000aa"),
            "operatore",
            "Giulia Bianchi",
            "CPI-FI",
            "OPERATOR");

    private EventSamples() {}

    /** Every concrete {@link DomainEvent} in the application's own classes (records nested in *Events included). */
    public static List<Class<? extends DomainEvent>> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        var types = scanner.findCandidateComponents("it.orienta").stream()
                .map(definition ->
                        ClassUtils.resolveClassName(definition.getBeanClassName(), EventSamples.class.getClassLoader()))
                .filter(type -> !type.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toString()
                        .contains("test-classes"))
                .<Class<? extends DomainEvent>>map(type -> type.asSubclass(DomainEvent.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        if (types.size() < 40) {
            fail("the scan found only %d event types: %s", types.size(), types);
        }
        return types;
    }

    /** An instance of {@code type} with a sample value for each component. */
    public static <T> T sample(Class<T> type) {
        if (!type.isRecord()) {
            return fail("%s is an event but not a record: events are plain records", type.getName());
        }
        var components = type.getRecordComponents();
        var args = Arrays.stream(components).map(c -> value(type, c)).toArray();
        try {
            var constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build a sample " + type.getName(), e);
        }
    }

    private static Object value(Class<?> event, RecordComponent component) {
        var type = component.getType();
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        if (type == String.class) {
            return component.getName();
        }
        if (type == Instant.class) {
            return Instant.parse("2026-12-07T09:30:00Z");
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 7);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2026, 12, 7, 10, 30);
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == List.class) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == Actor.class) {
            return ACTOR;
        }
        return fail(
                "%s.%s is a %s: give EventSamples a sample value for it",
                event.getName(), component.getName(), type.getName());
    }
}
