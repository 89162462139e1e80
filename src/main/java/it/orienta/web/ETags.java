package it.orienta.web;

/** The API's versions in ETag and If-Match headers: the record's version as a strong entity tag. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }
}
