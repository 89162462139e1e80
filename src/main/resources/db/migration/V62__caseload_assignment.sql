-- The caseload (issue 14, ADR 0035): for each person in charge at a centre, the operator of that centre responsible
-- for them, and every change of it with its reason. The row follows the current intake: written when a person is
-- taken in charge (the operator who took them in charge), moved when another centre takes them over, removed never
-- (an ended charge keeps its last row for the history; the list joins intake_current_v).
create table caseload_assignment
(
    person_id     uuid primary key references person (id),
    centre_code   varchar(20)  not null references centre (code),
    operator_id   uuid,                      -- null: nobody responsible (the coordinator's "unassigned")
    operator_name varchar(200),
    assigned_at   timestamptz  not null,
    -- the furthest pathway stage reached (charter.Stage), kept from guidance's and agreement's facts for the filter
    stage         varchar(30)  not null default 'RECEPTION',
    version       bigint       not null default 0
);
-- "le mie persone" and the coordinator's filter by operator: the centre's rows of one operator
create index caseload_assignment_operator on caseload_assignment (centre_code, operator_id);
create index caseload_assignment_stage on caseload_assignment (centre_code, stage);

create table caseload_assignment_change
(
    id                 uuid primary key,
    person_id          uuid         not null references person (id),
    centre_code        varchar(20)  not null,
    from_operator_id   uuid,
    from_operator_name varchar(200),
    to_operator_id     uuid,
    to_operator_name   varchar(200),
    kind               varchar(10)  not null check (kind in ('INTAKE', 'TRANSFER', 'ASSIGN')),
    reason             varchar(500),         -- the coordinator's reason; required for ASSIGN
    check (kind <> 'ASSIGN' or reason is not null),
    changed_at         timestamptz  not null,
    changed_by_id      uuid,
    changed_by_name    varchar(200) not null
);
create index caseload_assignment_change_person on caseload_assignment_change (person_id, changed_at desc);

-- Backfill: every person in charge now is the responsibility of the operator who took them in charge.
insert into caseload_assignment (person_id, centre_code, operator_id, operator_name, assigned_at, stage, version)
select c.person_id,
       c.centre_code,
       c.operator_id,
       c.operator_name,
       c.taken_at,
       coalesce((select s.stage
                   from (select cs.stage
                           from meeting_delivered_v m
                           join charter_activity_stage_v cs on cs.activity_id = m.activity_id
                          where m.person_id = c.person_id
                         union all
                         select 'AGREEMENT'
                          where exists (select 1 from agreement_version_v a where a.person_id = c.person_id)) s
                  order by array_position(array ['RECEPTION', 'NEEDS_ANALYSIS', 'INFORMATION_GUIDANCE',
                      'CAREER_COUNSELLING', 'SKILLS_AUDIT', 'AGREEMENT', 'TRANSITION_SUPPORT']::varchar[], s.stage) desc
                  limit 1), 'RECEPTION'),
       0
  from intake_current_v c;
