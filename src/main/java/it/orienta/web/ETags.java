package it.orienta.web;

import it.orienta.system.RuleViolationException;

/** The API's versions in ETag and If-Match headers: the record's version as a strong entity tag. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an update is based on; a missing or unreadable If-Match is refused (428-like, as a rule). */
    public static long version(String ifMatch) {
        var parsed = IfMatch.parse(ifMatch);
        if (parsed == null) {
            throw new RuleViolationException("version.required", IfMatch.HEADER);
        }
        return parsed.version();
    }
}
