package it.orienta.cv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A CV of a person as the pages and the API show it: the current one or one of its history.
 *
 * @param origin {@code UPLOADED} or {@code GENERATED}
 * @param language the language of a generated CV ({@code it}, {@code en}); null for an uploaded one
 * @param savedAt when it was saved (validity counts from the day of the save, R20)
 * @param validThrough the last day it is valid
 * @param obsoleteFrom the first day it is obsolete
 * @param obsolete whether it is obsolete today
 * @param obsoleteLabel "CV obsoleto (con data aggiornamento oltre i 6 mesi)" in the reader's language when obsolete,
 *     else null
 * @param current whether it is the person's current CV (earlier ones are history)
 * @param replacedAt when a newer CV replaced it, or null
 * @param deletedAt when it was deleted (R21), or null
 * @param fileAvailable whether its file can still be downloaded (not deleted, not purged after the retention)
 * @param transferState the state of its transfer to the regional portal as the portal module reports it, or null
 * @param version the version to send in If-Match to delete it
 */
record CvView(
        UUID id,
        UUID personId,
        String origin,
        String language,
        String fileName,
        int sizeBytes,
        String sha256,
        Instant savedAt,
        String savedBy,
        String centreCode,
        LocalDate validThrough,
        LocalDate obsoleteFrom,
        boolean obsolete,
        String obsoleteLabel,
        boolean current,
        Instant replacedAt,
        Instant deletedAt,
        String deletedBy,
        Instant purgedAt,
        boolean fileAvailable,
        String transferState,
        String transferDetail,
        Instant transferUpdatedAt,
        long version) {
    /** The same CV with its obsolete label in another language (null while valid). */
    CvView withObsoleteLabel(String label) {
        return new CvView(
                id,
                personId,
                origin,
                language,
                fileName,
                sizeBytes,
                sha256,
                savedAt,
                savedBy,
                centreCode,
                validThrough,
                obsoleteFrom,
                obsolete,
                obsolete ? label : null,
                current,
                replacedAt,
                deletedAt,
                deletedBy,
                purgedAt,
                fileAvailable,
                transferState,
                transferDetail,
                transferUpdatedAt,
                version);
    }
}
