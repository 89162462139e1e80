package it.orienta.system;

import java.util.List;

/** The record exists already; {@link #existingPath()} links to it. */
public class DuplicateException extends RuleViolationException {

    private final String existingPath;

    public DuplicateException(String code, String field, String existingPath, Object... args) {
        super(List.of(new Violation(code, field, List.of(args))), true);
        this.existingPath = existingPath;
    }

    /** The page of the existing record, e.g. {@code /persons/…}; the API answers with its {@code /api/v1} twin. */
    public String existingPath() {
        return existingPath;
    }
}
