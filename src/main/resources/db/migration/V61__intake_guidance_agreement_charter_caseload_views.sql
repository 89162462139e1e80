-- Views the owners publish for the caseload module's list (issue 14, ADR 0035): SQL readers in another module join
-- these, never the tables. Each is owned by the module whose tables it reads (db/table-owners.properties).

-- intake: who has each person in charge now, since when and who took them in charge.
create view intake_current_v as
select person_id,
       centre_code,
       operator_id,
       operator_name,
       intake_date,
       privacy_acknowledged_at as taken_at
  from intake
 where status = 'CURRENT';

-- guidance: the appointments still to come or to be held (not cancelled, held or missed).
create view appointment_scheduled_v as
select person_id,
       starts_at
  from appointment
 where status = 'SCHEDULED';

-- guidance: the activities a person attended (a closed meeting with the person present).
create view meeting_delivered_v as
select person_id,
       activity_id
  from meeting
 where status = 'CLOSED'
   and attendance = 'PRESENT';

-- charter: the pathway stage of each activity.
create view charter_activity_stage_v as
select id as activity_id,
       stage
  from charter_activity;

-- agreement: the open plan items of the PSP in force, with their due date (overdue when before today).
create view agreement_open_item_v as
select a.person_id,
       i.due_date
  from agreement a
  join agreement_item i on i.agreement_id = a.id
 where a.status = 'SIGNED'
   and i.status in ('PLANNED', 'IN_PROGRESS')
   and i.due_date is not null;

-- agreement: every version of a person's PSP and its status (a draft: the agreement stage is in progress).
create view agreement_version_v as
select person_id,
       status
  from agreement;

-- the open items of a PSP in force are found from the person: one index probe per person in the caseload list
create index agreement_item_open_agreement on agreement_item (agreement_id, due_date)
    where status in ('PLANNED', 'IN_PROGRESS');
