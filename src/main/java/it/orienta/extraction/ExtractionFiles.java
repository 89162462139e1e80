package it.orienta.extraction;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.UUID;

/**
 * Where finished extraction files are kept, readable from every node (ADR 0026). The default, and the only one
 * today, is PostgreSQL ({@link PostgresExtractionFiles}); object storage would be another implementation of the
 * same three calls.
 */
interface ExtractionFiles {

    /**
     * Keeps the file written for {@code job}; called in the transaction that marks the job DONE, so the file and the
     * state commit together (no half file is ever served). Answers the bytes kept.
     */
    long save(UUID job, Path file) throws IOException;

    /** Copies the job's file to {@code out}, part by part; memory stays flat whatever its size. */
    void copy(UUID job, OutputStream out) throws IOException;

    /** Forgets the files of these jobs (expired); idempotent. */
    void delete(Collection<UUID> jobs);
}
