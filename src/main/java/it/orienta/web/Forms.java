package it.orienta.web;

import it.orienta.system.RuleViolationException;
import org.springframework.validation.BindingResult;

/** Puts a rule violation's messages on the fields of a page's form. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult result, RuleViolationException e) {
        for (var v : e.violations()) {
            var args = v.args().toArray();
            if (v.field() != null && hasField(result, v.field())) {
                result.rejectValue(v.field(), v.messageKey(), args, v.code());
            } else {
                result.reject(v.messageKey(), args, v.code());
            }
        }
    }

    /** Constraint violations raised by a service (the page validated already, so this is rare). */
    public static void reject(BindingResult result, jakarta.validation.ConstraintViolationException e) {
        for (var v : e.getConstraintViolations()) {
            String field = v.getPropertyPath().toString();
            if (hasField(result, field)) {
                result.rejectValue(field, "invalid", v.getMessage());
            } else {
                result.reject("invalid", v.getMessage());
            }
        }
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null
                && org.springframework.beans.PropertyAccessorFactory.forBeanPropertyAccess(result.getTarget())
                        .isReadableProperty(field);
    }
}
