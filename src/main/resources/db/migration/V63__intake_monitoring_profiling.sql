-- The intake module's contract for the monitoring module (issue 14), one column more: the profiling index of each
-- taking in charge (null: not profiled yet), so that monitoring shows the share of the persons taken in charge in a
-- month who are profiled. Columns are only appended, so that the view is replaced in place.
create or replace view intake_monitoring_v as
select id                                          as intake_id,
       person_id,
       centre_code,
       operator_id,
       operator_name,
       intake_date,
       (ended_at at time zone 'Europe/Rome')::date as ended_on,
       profiling_index
  from intake;
