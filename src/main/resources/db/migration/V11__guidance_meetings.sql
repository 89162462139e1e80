-- Guidance: engagements, meetings with their time-standard judgement, appointments and their changes.
create extension if not exists btree_gist;

-- An engagement groups the meetings of one activity for one person (R1: a stage may span several meetings).
-- At most one is open per person and activity. Activities with a total standard (the skills audit, R24) are
-- judged on the total of their meetings when the engagement is closed, against the standard of its opening day.
create table engagement (
    id                uuid primary key,
    person_id         uuid        not null references person (id),
    activity_id       varchar(20) not null references charter_activity (id),
    centre_code       varchar(20) not null,
    opened_at         timestamptz not null,
    opened_by         varchar(200) not null,
    status            varchar(10) not null check (status in ('OPEN', 'CLOSED')),
    closed_at         timestamptz,
    closed_by         varchar(200),
    total_minutes     int,
    standard_id       uuid references charter_standard (id),
    compliance        varchar(20),
    deviation_reason  varchar(2000),
    version           bigint      not null default 0
);
create unique index engagement_open on engagement (person_id, activity_id) where status = 'OPEN';
create index engagement_person on engagement (person_id);

-- A meeting records what was delivered. Present meetings of one operator never overlap: the exclusion
-- constraint holds under concurrency (group-session meetings share their session's time and are checked once).
create table meeting (
    id                uuid primary key,
    person_id         uuid        not null references person (id),
    engagement_id     uuid        not null references engagement (id),
    appointment_id    uuid,
    session_id        uuid,
    activity_id       varchar(20) not null references charter_activity (id),
    centre_code       varchar(20) not null,
    operator_id       uuid        not null,
    operator_name     varchar(200) not null,
    group_meeting     boolean     not null,
    status            varchar(10) not null check (status in ('RUNNING', 'CLOSED')),
    attendance        varchar(20) not null check (attendance in ('PRESENT', 'ABSENT', 'ABSENT_JUSTIFIED')),
    justification     varchar(2000),
    started_at        timestamptz not null,
    ended_at          timestamptz,
    minutes           int,
    standard_id       uuid references charter_standard (id),
    compliance        varchar(20),
    deviation_reason  varchar(2000),
    notes             text        not null default '',
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    check (ended_at is null or ended_at > started_at),
    constraint meeting_operator_no_overlap exclude using gist (
        operator_id with =, tstzrange(started_at, ended_at) with &&)
        where (attendance = 'PRESENT' and session_id is null)
);
create index meeting_person on meeting (person_id, started_at desc);
create index meeting_centre_month on meeting (centre_code, started_at);
create index meeting_operator on meeting (operator_id, started_at);
create index meeting_running on meeting (operator_id) where status = 'RUNNING';

create table appointment (
    id              uuid primary key,
    person_id       uuid        not null references person (id),
    operator_id     uuid        not null,
    operator_name   varchar(200) not null,
    centre_code     varchar(20) not null,
    activity_id     varchar(20) not null references charter_activity (id),
    starts_at       timestamptz not null,
    minutes         int         not null check (minutes between 5 and 720),
    remote          boolean     not null,
    place           varchar(300) not null,
    status          varchar(12) not null check (status in ('SCHEDULED', 'CANCELLED', 'HELD', 'MISSED')),
    cancel_reason   varchar(2000),
    meeting_id      uuid,
    created_at      timestamptz not null,
    created_by      varchar(200) not null,
    version         bigint      not null default 0
);
create index appointment_operator_day on appointment (operator_id, starts_at);
create index appointment_centre_day on appointment (centre_code, starts_at);
create index appointment_person on appointment (person_id, starts_at desc);

-- Every reschedule and cancellation, with its reason: the appointment's history.
create table appointment_change (
    id              uuid primary key,
    appointment_id  uuid        not null references appointment (id),
    changed_at      timestamptz not null,
    changed_by      varchar(200) not null,
    kind            varchar(12) not null check (kind in ('RESCHEDULED', 'CANCELLED')),
    from_starts_at  timestamptz,
    to_starts_at    timestamptz,
    reason          varchar(2000) not null
);
create index appointment_change_appointment on appointment_change (appointment_id, changed_at);
