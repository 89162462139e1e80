-- The proposal module's published contract for the monitoring module (issue 14): every proposal of a vacancy with
-- its centre, who proposed it (the operator's full name, the actor's display name), the day it was made, its status
-- and the day of its outcome, so that monitoring counts the proposals made and the hires in a month without naming
-- the table proposal.
create view proposal_monitoring_v as
select centre_code,
       proposed_by,
       proposed_on,
       status,
       outcome_on
  from proposal;
