-- The centre's compliance list (issue 11): its counts per judgement read every closed, attended meeting of the
-- centre's month (~120,000 at 2 million meetings), each a heap fetch through meeting_centre_month. This partial index
-- holds exactly those meetings with the columns the list counts and filters by, so the counts are an index-only scan
-- and the page a backward walk of it (docs/performance.md).
create index meeting_centre_compliance on meeting (centre_code, started_at)
    include (compliance, activity_id, operator_id)
    where status = 'CLOSED' and attendance = 'PRESENT';
