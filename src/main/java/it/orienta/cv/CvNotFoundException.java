package it.orienta.cv;

import it.orienta.system.NotFoundException;
import java.util.UUID;

/** The person has no such CV (none saved, or deleted, or its file purged): 404 with the code {@code cv.not-found}. */
class CvNotFoundException extends NotFoundException {

    static final String CODE = "cv.not-found";

    CvNotFoundException(UUID personId) {
        super("Cv", personId);
    }
}
