-- The guidance module's published contract for the monitoring module (issue 14): every closed meeting with its
-- centre, operator, activity, start, attendance and judgement against the standard (R9), so that monitoring counts
-- meetings within / over / under the standard and absences per month without naming the table meeting.
-- Its filter is the one of meeting_centre_month, which the refresh's month ranges use.
create view meeting_monitoring_v as
select centre_code,
       operator_id,
       operator_name,
       activity_id,
       started_at,
       attendance,
       compliance
  from meeting
 where status = 'CLOSED';
