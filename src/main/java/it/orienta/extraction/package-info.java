/**
 * The occupation extraction for the region: persons selected by their desired occupations (filters by profession,
 * SEP sector, municipality, sources, CV state), streamed at once or written in the background as durable jobs any
 * node runs, reports and serves (ADR 0014, ADR 0026).
 *
 * <p><b>Owns</b> the tables {@code extraction_job} (the job: state, progress, filter, requester, centre, the
 * worker's claim and lease, expiry) and {@code extraction_file} (the finished file's bytes) (V44). A worker on every
 * node ({@link it.orienta.extraction.ExtractionWorker}) claims jobs {@code for update skip locked} under a lease it
 * renews while it writes; a job whose node stopped is resumed by another, or failed with a reason; files expire.
 *
 * <p><b>Offers</b> the extraction page ({@code /occupations/extraction}) and API ({@code /api/v1/occupation-extraction},
 * {@code /api/v1/occupation-extractions}), and the fact {@link it.orienta.extraction.ExtractionEvents.ExtractionRun}
 * (the audit log). Nobody else depends on it.
 *
 * <p><b>Reads</b> other modules' data only through their published views: desired occupations and availability
 * through {@code desired_occupation_v} and {@code person_availability_v} (occupation, V45), persons through
 * {@code person_directory_v} (V38), the CV's state through {@code cv_validity_v} and {@code cv_state} (V39), labels
 * through {@code reference_label_v} (V40); the current user through organisation, the centre rule through
 * {@code system.CaseAccess}, the SEP sectors through reference.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Occupation extraction",
        allowedDependencies = {"system", "organisation", "reference", "cluster"})
package it.orienta.extraction;
