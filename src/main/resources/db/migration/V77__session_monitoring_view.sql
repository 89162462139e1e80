-- The session module's published contract for the monitoring module (issue 14): every group session held, with its
-- centre, operator, the instant it started, its places and how many persons were enrolled in it (not waiting, not
-- withdrawn), so that monitoring measures the fill rate of the sessions held in a month without naming the tables
-- group_session and session_participant.
create view session_monitoring_v as
select s.centre_code,
       s.operator_id,
       s.operator_name,
       coalesce(s.held_started_at, s.starts_at) as started_at,
       s.capacity,
       (select count(*) from session_participant p where p.session_id = s.id and p.status = 'ENROLLED') as enrolled
  from group_session s
 where s.status = 'HELD';
