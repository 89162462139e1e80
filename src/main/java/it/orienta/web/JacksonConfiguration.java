package it.orienta.web;

import it.orienta.system.PlainText;
import it.orienta.system.Rome;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the API reads and writes JSON (issue 10).
 *
 * <ul>
 *   <li><b>Times are instants.</b> A date-time in a request must carry its offset ({@code Z} or {@code ±hh:mm},
 *       ISO 8601). The commands keep the centres' wall-clock time ({@link LocalDateTime}, Europe/Rome), so the
 *       instant sent is converted to Rome's local time, whatever the offset it was written in; a date-time
 *       without offset is refused (it would be a different instant in winter and in summer), and so is an instant
 *       of the second pass of the hour repeated at the end of summer time, which a wall-clock time cannot tell
 *       from the first. A
 *       {@link LocalDateTime} in a response is written as Rome's time with its offset; instants are written in
 *       UTC ({@code Z}). Pages bind forms without Jackson and keep Rome's local time.
 *   <li><b>No guessing of types.</b> A number is not a string and a string is not a number or a boolean; a
 *       decimal is not an integer; an enum is named, not numbered. The refusal names the field
 *       ({@link ApiExceptionHandler}).
 *   <li><b>Unknown fields are refused on the API</b> ({@code /api/**}): a misspelt field would otherwise be
 *       silently ignored and the request half-applied. Bodies from outside systems (the portal's notices, the
 *       simulators) and the events read back from the publication registry keep tolerating fields they do not
 *       know, so that a newer sender does not break them.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JacksonConfiguration {

    static final ZoneId ZONE = Rome.ZONE;

    @Bean
    JsonMapperBuilderCustomizer strictApiJson() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        c -> c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addHandler(new UnknownFieldsOutsideTheApi())
                .addModule(new SimpleModule("orienta-time")
                        .addDeserializer(LocalDateTime.class, new RomeLocalDateTimeDeserializer())
                        .addDeserializer(String.class, new ApiText())
                        .addSerializer(LocalDateTime.class, new RomeLocalDateTimeSerializer()));
    }

    /** Reads an instant with its offset as the centres' wall-clock time; refuses a date-time without offset. */
    static final class RomeLocalDateTimeDeserializer extends ValueDeserializer<LocalDateTime> {

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) ctxt.handleUnexpectedToken(LocalDateTime.class, p);
            }
            String text = p.getString().trim();
            if (text.isEmpty()) {
                return null;
            }
            try {
                var instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                        .toInstant();
                var local = LocalDateTime.ofInstant(instant, ZONE);
                if (!local.atZone(ZONE).toInstant().equals(instant)) {
                    // the second 02:xx of the last Sunday of October: its wall-clock time reads back as the first
                    throw new AmbiguousTimeException(p, text);
                }
                return local;
            } catch (DateTimeParseException withoutOffset) {
                try {
                    LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                } catch (DateTimeException notADateTime) {
                    throw InvalidFormatException.from(
                            p, "Not an ISO 8601 date-time with offset", text, LocalDateTime.class);
                }
                throw new OffsetRequiredException(p, text);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** Writes the centres' wall-clock time with Rome's offset of that moment. */
    static final class RomeLocalDateTimeSerializer extends ValueSerializer<LocalDateTime> {
        @Override
        public void serialize(LocalDateTime value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.atZone(ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    /**
     * Text sent to the API, checked once for every field of every request: composed to Unicode NFC, and refused
     * when it holds control or format characters (zero-width, bidi overrides, NUL…) that no person types on purpose
     * and that make a name unfindable or a stored text lie about itself; line breaks and tabs pass here, and
     * single-line fields refuse them where they are validated ({@link PlainText}). Outside the API (events read
     * back, the portal's notices) text is taken as it is.
     */
    static final class ApiText extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            if (!onTheApi()) {
                return text;
            }
            if (!PlainText.Validator.isPlain(text, true)) {
                throw new ControlCharactersException(p, text);
            }
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A text with control or format characters. */
    static final class ControlCharactersException extends InvalidFormatException {
        ControlCharactersException(JsonParser p, String value) {
            super(p, "Control or format characters are not accepted", value, String.class);
        }
    }

    static boolean onTheApi() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }
        return false;
    }

    /** A local date-time (no {@code Z}, no {@code ±hh:mm}) where the API needs an instant. */
    static final class OffsetRequiredException extends InvalidFormatException {
        OffsetRequiredException(JsonParser p, String value) {
            super(p, "A date-time with offset (Z or +hh:mm) is required", value, LocalDateTime.class);
        }
    }

    /**
     * An instant of the hour that Rome's clocks repeat when summer time ends, after the first pass: the commands
     * hold wall-clock time, which would read back as the same time of the first pass, an hour earlier. Refused
     * rather than stored an hour off.
     */
    static final class AmbiguousTimeException extends InvalidFormatException {
        AmbiguousTimeException(JsonParser p, String value) {
            super(p, "The wall-clock time of this instant is ambiguous in Europe/Rome", value, LocalDateTime.class);
        }
    }

    /**
     * Outside the API (and outside any request: events read back at restart) an unknown field is skipped; on the
     * API it falls through to {@code FAIL_ON_UNKNOWN_PROPERTIES} and is refused.
     */
    static final class UnknownFieldsOutsideTheApi extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            if (onTheApi()) {
                return false;
            }
            p.skipChildren();
            return true;
        }
    }
}
