package it.orienta.agreement;

/**
 * The active labour-market measures that can be agreed (R25 a–h). The charter's activities carry the letter of
 * the measure they implement, so a measure's services are the charter's activities with its letter.
 */
public enum Measure {
    a,
    b,
    c,
    d,
    e,
    f,
    g,
    h;

    public static Measure of(String letter) {
        return valueOf(letter.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
