package it.orienta.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Guidance rows for the benchmark, written by PostgreSQL itself ({@code insert … select} over
 * {@code generate_series}): for every person three engagements (basic guidance, information guidance, career
 * counselling) and, over them, {@code meetings} meetings in all (10 per person at 200,000 persons: 2 million), 1 in
 * 17 an absence, the others lasting 30–109 minutes and judged against the standard as the application judges them;
 * one person (the "heavy" one, the first by id) gets 200 more; the demo operator "operatore" gets twelve
 * appointments today for the home page. Meetings are held by 1,000 synthetic operators, two hours apart each, so
 * the no-overlap constraint holds; it is dropped for the load and added back (which checks every row) after it.
 */
final class GuidanceData {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private GuidanceData() {}

    /** Writes the rows and returns their counts; {@code meetings} 0 writes nothing. */
    static Map<String, Long> write(Connection c, int meetings, LocalDate today) throws SQLException {
        var counts = new LinkedHashMap<String, Long>();
        if (meetings <= 0) {
            return counts;
        }
        long t0 = System.nanoTime();
        try (var st = c.createStatement()) {
            st.execute("create temp table bench_person as select p.id, (row_number() over (order by p.id)) - 1 as pn,"
                    + " (select i.centre_code from intake i where i.person_id = p.id order by i.intake_date desc"
                    + " limit 1) as centre_code from person p");
            st.execute("delete from bench_person where centre_code is null");
            st.execute("create temp table bench_eng as select gen_random_uuid() as id, b.id as person_id, b.pn, a.k,"
                    + " a.activity_id, b.centre_code from bench_person b cross join (values (0, 'A05-BASE'),"
                    + " (1, 'A05-INFO'), (2, 'A06-CONS')) a(k, activity_id)");
            st.execute("create index on bench_eng (pn, k)");
            st.execute("analyze bench_eng");
            long persons = count(st, "select count(*) from bench_person");
            counts.put("engagement", (long)
                    st.executeUpdate("insert into engagement (id, person_id, activity_id, centre_code,"
                            + " opened_at, opened_by, status) select id, person_id, activity_id, centre_code,"
                            + " timestamptz '2026-04-01 09:00+02', 'bench', 'OPEN' from bench_eng"));
            st.execute("alter table meeting drop constraint meeting_operator_no_overlap");
            String standard = "(select s.id from charter_standard s where s.activity_id = e.activity_id"
                    + " order by s.valid_from desc limit 1)";
            String insert = "insert into meeting (id, person_id, engagement_id, activity_id, centre_code, operator_id,"
                    + " operator_name, group_meeting, status, attendance, started_at, ended_at, minutes,"
                    + " standard_id, compliance, deviation_reason, notes, created_at)"
                    + " select gen_random_uuid(), e.person_id, e.id, e.activity_id, e.centre_code,"
                    + " ('00000000-0000-4000-8000-' || lpad(to_hex(x.op), 12, '0'))::uuid, 'Operatore ' || x.op,"
                    + " false, 'CLOSED', case when x.absent then 'ABSENT' else 'PRESENT' end, x.started,"
                    + " case when x.absent then null else x.started + x.minutes * interval '1 minute' end,"
                    + " case when x.absent then null else x.minutes end,"
                    + " case when x.absent then null else " + standard + " end,"
                    + " case when x.absent then null when e.activity_id = 'A05-BASE' and x.minutes > 90 then"
                    + " 'OVER_MAXIMUM' when e.activity_id = 'A06-CONS' and x.minutes < 60 then 'UNDER_MINIMUM'"
                    + " when e.activity_id = 'A05-INFO' then 'NO_STANDARD' else 'WITHIN' end,"
                    + " case when not x.absent and ((e.activity_id = 'A05-BASE' and x.minutes > 90) or"
                    + " (e.activity_id = 'A06-CONS' and x.minutes < 60)) then 'La persona aveva bisogno di più"
                    + " tempo' end, 'Colloquio', x.started from (select n, n % 1000 + %OP% as op,"
                    + " timestamptz '2026-05-01 08:00+02' + (n / 1000) * interval '2 hours' as started,"
                    + " 30 + (n * 7) % 80 as minutes, n % 17 = 0 as absent, %PN% as pn, (n / %P%) % 3 as k"
                    + " from generate_series(0, %N% - 1) n) x join bench_eng e on e.pn = x.pn and e.k = x.k";
            long all = st.executeUpdate(insert.replace("%OP%", "0")
                    .replace("%PN%", "n % " + persons)
                    .replace("%P%", String.valueOf(persons))
                    .replace("%N%", String.valueOf(meetings)));
            // the heavy person: 200 more, by other synthetic operators
            all += st.executeUpdate(insert.replace("%OP%", "1000")
                    .replace("%PN%", "0")
                    .replace("%P%", "67")
                    .replace("%N%", "200"));
            counts.put("meeting", all);
            long t1 = System.nanoTime();
            st.execute("alter table meeting add constraint meeting_operator_no_overlap exclude using gist ("
                    + " operator_id with =, tstzrange(started_at, ended_at) with &&)"
                    + " where (attendance = 'PRESENT' and session_id is null)");
            counts.put(
                    "constraintMillis", Duration.ofNanos(System.nanoTime() - t1).toMillis());
            counts.put("appointment", (long)
                    st.executeUpdate("insert into appointment (id, person_id, operator_id, operator_name,"
                            + " centre_code, activity_id, starts_at, minutes, remote, place, status, created_at,"
                            + " created_by) select gen_random_uuid(), b.id, o.id, o.full_name, 'CPI-FI', 'A05-BASE',"
                            + " (timestamp '" + today + " 08:30' at time zone 'Europe/Rome') + g * interval"
                            + " '40 minutes', 30, false, 'CPI Firenze, stanza 3', 'SCHEDULED', now(), 'bench'"
                            + " from generate_series(0, 11) g join bench_person b on b.pn = g + 1"
                            + " cross join operator o where o.username = 'operatore'"));
            st.execute("drop table bench_eng");
            st.execute("drop table bench_person");
        }
        c.commit();
        counts.put("guidanceMillis", Duration.ofNanos(System.nanoTime() - t0).toMillis());
        return counts;
    }

    private static long count(java.sql.Statement st, String sql) throws SQLException {
        try (var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
