package it.orienta.system;

import java.time.ZoneId;

/**
 * Orienta's one time zone: the centres are in Tuscany, so every date a user reads or a rule counts (a day, a due
 * date, the validity of a CV) is a day in Rome. Instants are stored; the injected {@link java.time.Clock} (in this
 * zone) tells the time; this constant turns an instant into Rome's wall-clock time.
 */
public final class Rome {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private Rome() {}
}
