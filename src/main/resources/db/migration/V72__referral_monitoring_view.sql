-- The referral module's published contract for the monitoring module (issue 14): every sent referral with its
-- centre, status and due date, so that monitoring counts those past their due date (sent or acknowledged, not
-- answered, closed or cancelled) without naming the table referral. A referral records who wrote it, not an
-- operator's id: the figure is the centre's only.
create view referral_monitoring_v as
select centre_code,
       status,
       sent_on,
       due_date
  from referral
 where sent_on is not null
   and due_date is not null;
