package it.orienta.system;

import java.util.UUID;

/**
 * The record-access policy refused: the case belongs to another centre ({@code access.other-centre}), the user's
 * role reads no case data ({@code access.role}), no centre of the day is chosen ({@code access.no-centre}), or a
 * centre that is not the operator's was named ({@code access.centre-not-yours}). The API answers 403 with the code;
 * the pages show the reason and, for another centre's case, the ways in (transfer of charge, exceptional access).
 */
public class CaseAccessDeniedException extends RuntimeException {

    private final String code;
    private final UUID personId;
    private final String ownerCentre;

    public CaseAccessDeniedException(String code, UUID personId, String ownerCentre) {
        super(code);
        this.code = code;
        this.personId = personId;
        this.ownerCentre = ownerCentre;
    }

    /** The stable code, also the message key {@code rule.<code>}. */
    public String code() {
        return code;
    }

    /** The person whose case was refused, or {@code null}. */
    public UUID personId() {
        return personId;
    }

    /** The name of the centre that has the person in charge, for {@code access.other-centre}; else {@code null}. */
    public String ownerCentre() {
        return ownerCentre;
    }
}
