package it.orienta.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text a person typed: no control or format characters (line breaks and tabs only where {@link #multiline()}).
 * Markup is allowed and kept as text: pages escape everything they show.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{rule.text.control-characters}";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value, multiline);
        }

        /**
         * Whether the text holds no character nobody can see or that changes how the text around it is shown: C0
         * and C1 controls, the line and paragraph separators, and every Unicode format character (zero-width spaces
         * and joiners, the word joiner, the byte-order mark, the bidirectional embeddings, overrides and isolates,
         * the soft hyphen). Line breaks and tabs are allowed when multiline.
         */
        public static boolean isPlain(String value, boolean multiline) {
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
                    continue;
                }
                int type = Character.getType(c);
                if (type == Character.CONTROL
                        || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR
                        || type == Character.PARAGRAPH_SEPARATOR) {
                    return false;
                }
            }
            return true;
        }
    }
}
