package it.orienta.reference;

import java.util.List;

/**
 * A fifth-level ISTAT CP2011 profession (unità professionale) as the glossary shows it: its code and title, the
 * titles above it from the great group down to its category, and the synonym that found it, if one did.
 *
 * @param path the titles of its ancestors, top down (levels 1 to 4)
 * @param synonym the synonym the query matched exactly, or {@code null}
 */
public record ProfessionMatch(String code, String title, List<String> path, String synonym) {

    /** "Tecnici programmatori · 3.1.2.1.0", the text a chosen entry leaves in a form field. */
    public String choice() {
        return title + " · " + code;
    }

    /** The path as one line: "Professioni tecniche › … › Tecnici programmatori". */
    public String pathLine() {
        return String.join(" › ", path);
    }
}
