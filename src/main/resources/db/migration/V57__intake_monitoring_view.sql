-- The intake module's published contract for the monitoring module (issue 14): every taking in charge with its
-- centre, operator, first day and the day it ended (in Europe/Rome), so that monitoring counts persons taken in
-- charge and closed per centre, operator and month without naming the table intake.
create view intake_monitoring_v as
select id                                          as intake_id,
       person_id,
       centre_code,
       operator_id,
       operator_name,
       intake_date,
       (ended_at at time zone 'Europe/Rome')::date as ended_on
  from intake;
