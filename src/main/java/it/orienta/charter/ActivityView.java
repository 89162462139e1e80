package it.orienta.charter;

import java.util.Locale;

/**
 * An activity of the charter with the time standard in force today.
 *
 * @param id the activity's own key (e.g. {@code A05-BASE})
 * @param code the regional activity code it is reported with (e.g. {@code A05})
 * @param measure the active measure of R25 it implements ({@code a}–{@code h}), or {@code null}
 * @param parentId the activity it is a kind of (the kinds of C07 training), or {@code null}
 */
public record ActivityView(
        String id,
        String code,
        String labelIt,
        String labelEn,
        String descriptionIt,
        String descriptionEn,
        Stage stage,
        Delivery delivery,
        String measure,
        String parentId,
        boolean retired,
        long version,
        TimeStandard standard) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionIt;
    }
}
