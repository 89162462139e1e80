-- The agreement module's published contract for the monitoring module (issue 14): every dated plan item of the PSP
-- in force with its centre, operator, due date and status, so that monitoring counts the items due in a month and
-- those overdue (due before today and still planned or in progress) without naming the table agreement_item.
create view agreement_item_monitoring_v as
select a.centre_code,
       a.operator_id,
       a.operator_name,
       i.due_date,
       i.status
  from agreement_item i
  join agreement a on a.id = i.agreement_id
 where a.status = 'SIGNED'
   and i.due_date is not null;
