-- The portal module's published contract for the monitoring module (issue 14): every transfer to the regional
-- portal (CV uploads and removals from the CV search system) with its centre, kind, state and the day it was requested
-- in Rome, so that monitoring counts those requested, still in progress and failed without naming the table
-- portal_transfer. A transfer records who requested it, not an operator's id: the figures are the centre's only.
create view portal_transfer_monitoring_v as
select centre_code,
       kind,
       state,
       (requested_at at time zone 'Europe/Rome')::date as requested_on
  from portal_transfer;
