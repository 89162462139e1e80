-- The cv module's published contract for the monitoring module (issue 14): each person's current CV (not deleted)
-- with the centre where it was saved, the day it was saved in Rome and the first day it is obsolete (R20), so that
-- monitoring counts the centre's CVs valid, expiring and obsolete on a day without naming the table cv. A CV records
-- who saved it, not an operator's id: the figures are the centre's only.
create view cv_monitoring_v as
select centre_code,
       (saved_at at time zone 'Europe/Rome')::date as saved_on,
       obsolete_from
  from cv
 where is_current
   and deleted_at is null;
