package it.orienta.organisation;

import java.util.UUID;

/** A centre as other modules and pages see it. {@code province} is the two-letter acronym (FI, PI, …). */
public record CentreView(
        UUID id, String code, String name, String province, String address, boolean active, long version) {

    /** "CPI Firenze (FI)". */
    public String label() {
        return name + " (" + province + ")";
    }
}
