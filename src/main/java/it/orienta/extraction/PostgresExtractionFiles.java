package it.orienta.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Extraction files in PostgreSQL (V44 {@code extraction_file}): parts of {@value #PART} bytes, inserted one by one
 * (never the whole file in memory), read one part per query (no transaction held open for the time of a slow
 * download). Limits: the database grows by the files kept (the retention bounds it: an hour of extractions; a
 * 100,000-row CSV is 31 MB, the same in XLSX 17 MB, docs/performance.md) and backs them up with everything else.
 */
@Component
class PostgresExtractionFiles implements ExtractionFiles {

    /** One part's bytes: 1 MiB. */
    static final int PART = 1 << 20;

    private final JdbcClient jdbc;

    PostgresExtractionFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long save(UUID job, Path file) throws IOException {
        long size = 0;
        int part = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes;
            while ((bytes = in.readNBytes(PART)).length > 0) {
                jdbc.sql("insert into extraction_file (job_id, part, data) values (:job, :part, :data)")
                        .param("job", job)
                        .param("part", part++)
                        .param("data", bytes)
                        .update();
                size += bytes.length;
            }
        }
        return size;
    }

    @Override
    public void copy(UUID job, OutputStream out) throws IOException {
        int parts = jdbc.sql("select count(*) from extraction_file where job_id = :job")
                .param("job", job)
                .query(Integer.class)
                .single();
        for (int part = 0; part < parts; part++) {
            byte[] bytes = jdbc.sql("select data from extraction_file where job_id = :job and part = :part")
                    .param("job", job)
                    .param("part", part)
                    .query(byte[].class)
                    .optional()
                    .orElseThrow(() -> new IOException("extraction file " + job + " expired during its download"));
            out.write(bytes);
        }
        out.flush();
    }

    @Override
    public void delete(Collection<UUID> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        jdbc.sql("delete from extraction_file where job_id in (:jobs)")
                .param("jobs", jobs)
                .update();
    }
}
