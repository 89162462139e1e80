-- The agreement module's published contract for the monitoring module (issue 14): every signed PSP (the current
-- one and those a later version superseded) with its number, centre, operator and day of signature, so that
-- monitoring measures the days from taking in charge to the signed PSP without naming the table agreement.
create view agreement_monitoring_v as
select person_id,
       number,
       centre_code,
       operator_id,
       operator_name,
       signed_on
  from agreement
 where signed_on is not null;
