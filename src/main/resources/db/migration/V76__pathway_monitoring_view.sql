-- The pathway module's published contract for the monitoring module (issue 14): every closed pathway with its
-- centre, who recorded the closure (the operator's full name), the day it closed and its outcomes (one or more of
-- Outcome's names), so that monitoring counts the pathways closed in a month by outcome without naming the table
-- pathway_outcome.
create view pathway_monitoring_v as
select centre_code,
       recorded_by,
       closed_on,
       outcomes
  from pathway_outcome;
