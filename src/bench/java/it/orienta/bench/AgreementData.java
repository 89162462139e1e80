package it.orienta.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Personalised service agreements for the benchmark, written by PostgreSQL itself: {@code agreements} in all (300,000
 * at 200,000 persons) — every person has a signed PSP, every second one with a superseded version before it (the
 * last persons are left out when the count is reached) — each with three plan items; the "heavy" person (the
 * first by id, the one with 200 more meetings) has five versions, the last signed, with the ten assessment areas and
 * two measures, so that the worker file shows five versions and the PDF renders a full agreement. The frozen-version
 * triggers are disabled for the load (rows are written in their final state) and enabled again after it.
 */
final class AgreementData {

    private AgreementData() {}

    static Map<String, Long> write(Connection c, int agreements) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        if (agreements <= 0) {
            return counts;
        }
        long t0 = System.nanoTime();
        try (var st = c.createStatement()) {
            st.execute("alter table agreement disable trigger user");
            st.execute("alter table agreement_item disable trigger user");
            st.execute("alter table agreement_area disable trigger user");
            st.execute("alter table agreement_measure disable trigger user");
            st.execute("create temp table bench_agr_person as select p.id, (row_number() over (order by p.id)) - 1"
                    + " as pn, (select i.centre_code from intake i where i.person_id = p.id order by i.intake_date"
                    + " desc limit 1) as centre_code from person p");
            st.execute("delete from bench_agr_person where centre_code is null");
            // versions: pn 0 (heavy) five; then persons with pn % 2 = 1 one or two, until the count is reached
            st.execute("create temp table bench_agr as"
                    + " select gen_random_uuid() as id, b.id as person_id, b.centre_code, v.n as number,"
                    + " v.n = v.total as current from bench_agr_person b"
                    + " cross join lateral (select g as n, t.total from (select case when b.pn = 0 then 5"
                    + " when b.pn % 2 = 1 then 2 else 1 end as total) t,"
                    + " generate_series(1, t.total) g) v order by b.pn, v.n limit " + agreements);
            counts.put("agreement", (long)
                    st.executeUpdate("insert into agreement (id, person_id, number, status, centre_code,"
                            + " created_at, created_by, updated_at, updated_by, phase1_saved_at, explained_process,"
                            + " explained_rights, expectations, motivation, phase2_saved_at, portal_registration,"
                            + " cv_status, phase3_saved_at, goal, operator_name, profiling_class, contact_frequency,"
                            + " proof_of_search, available_workshops, available_training, next_appointment, signed_on,"
                            + " signed_at, signed_by, signature_method) select a.id, a.person_id, a.number,"
                            + " case when a.current then 'SIGNED' else 'SUPERSEDED' end, a.centre_code,"
                            + " timestamptz '2026-03-01 10:00+01' + a.number * interval '20 days', 'bench',"
                            + " timestamptz '2026-03-01 11:00+01' + a.number * interval '20 days', 'bench',"
                            + " timestamptz '2026-03-01 10:20+01' + a.number * interval '20 days', true, true,"
                            + " 'Trovare un lavoro stabile vicino a casa', 'Ho due figli e voglio lavorare',"
                            + " timestamptz '2026-03-01 10:40+01' + a.number * interval '20 days', 'REGISTERED',"
                            + " 'UPDATED', timestamptz '2026-03-01 10:55+01' + a.number * interval '20 days',"
                            + " 'Lavorare come aiuto cuoco', 'Operatore bench', 'MEDIUM', 'una volta al mese',"
                            + " 'Copia delle candidature inviate', true, true,"
                            + " timestamptz '2026-12-10 10:00+01', date '2026-03-01' + a.number * 20,"
                            + " timestamptz '2026-03-01 11:00+01' + a.number * interval '20 days', 'bench', 'PAPER'"
                            + " from bench_agr a"));
            counts.put("agreement_item", (long)
                    st.executeUpdate("insert into agreement_item (id, agreement_id, lineage_id, position, kind,"
                            + " activity_id, actor_name, actor_kind, description, due_date, frequency, status)"
                            + " select gen_random_uuid(), a.id, gen_random_uuid(), k, case k when 1 then 'CENTRE'"
                            + " when 2 then 'NETWORK' else 'PERSON' end, case when k = 1 then 'A06-SEM' end,"
                            + " case when k = 2 then 'Agenzia Lavoro Rapido' end, case when k = 2 then"
                            + " 'EMPLOYMENT_AGENCY' end, case k when 1 then 'Seminario sulla ricerca attiva' when 2"
                            + " then 'Colloquio in agenzia' else 'Inviare tre candidature' end, case when k = 1 then"
                            + " current_date + (a.number % 20) end, case when k <> 1 then 'ogni settimana' end,"
                            + " case when k = 3 then 'IN_PROGRESS' else 'PLANNED' end"
                            + " from bench_agr a cross join generate_series(1, 3) k"));
            counts.put("agreement_area", (long)
                    st.executeUpdate("insert into agreement_area (agreement_id, area, rating, notes)"
                            + " select a.id, g, 1 + g % 4, 'Note sull''ambito ' || g from bench_agr a"
                            + " cross join generate_series(1, 10) g where a.number <= 5 and a.person_id ="
                            + " (select id from bench_agr_person where pn = 0)"));
            counts.put("agreement_measure", (long)
                    st.executeUpdate("insert into agreement_measure (agreement_id, measure, notes)"
                            + " select a.id, m, 'Concordata' from bench_agr a cross join (values ('a'), ('e')) x(m)"
                            + " where a.person_id = (select id from bench_agr_person where pn = 0)"));
            st.execute("alter table agreement enable trigger user");
            st.execute("alter table agreement_item enable trigger user");
            st.execute("alter table agreement_area enable trigger user");
            st.execute("alter table agreement_measure enable trigger user");
            st.execute("drop table bench_agr");
            st.execute("drop table bench_agr_person");
        }
        c.commit();
        counts.put("agreementMillis", Duration.ofNanos(System.nanoTime() - t0).toMillis());
        return counts;
    }
}
