package it.orienta.portal;

import it.orienta.intake.ConsentState;
import java.util.List;
import java.util.UUID;

/**
 * Whether a person's CV may be transferred now, and why not (R18), with the person's transfers and registration.
 *
 * @param consent the current matching consent
 * @param cvId the current CV, or null
 * @param cvObsolete whether the current CV is obsolete (R20)
 * @param failing the codes of the conditions that do not hold ({@code portal.transfer.no-consent},
 *     {@code portal.transfer.no-cv}, {@code portal.transfer.cv-obsolete}), empty when the transfer may be asked
 * @param alreadyRequested the current CV has a live transfer already
 * @param alert the R19 alert the operator must confirm, word for word
 */
record TransferStatus(
        UUID personId,
        ConsentState consent,
        UUID cvId,
        String cvFileName,
        boolean cvObsolete,
        List<String> failing,
        boolean alreadyRequested,
        String alert,
        RegistrationState registration,
        List<TransferView> transfers) {

    /** The alert of R19, shown before every transfer. */
    public static final String ALERT = "Attenzione il CV verrà inviato, in automatico, al sistema di Ricerca profili"
            + " professionali e potrà essere individuato dalle aziende all'interno del portale Toscana lavoro";

    @com.fasterxml.jackson.annotation.JsonProperty("mayTransfer")
    public boolean mayTransfer() {
        return failing.isEmpty() && !alreadyRequested;
    }
}
