-- Group sessions (seminars, workshops, group information guidance): a session has a capacity, enrolled persons and
-- a waiting list; holding it records each participant's attendance and writes a meeting into each one's file
-- (meeting.session_id). Enrolment locks the session row, so two operators enrolling at once cannot exceed the
-- capacity; the unique key keeps a person once per session.
create table group_session (
    id               uuid primary key,
    activity_id      varchar(20)  not null references charter_activity (id),
    centre_code      varchar(20)  not null,
    operator_id      uuid         not null,
    operator_name    varchar(200) not null,
    title            varchar(200) not null,
    starts_at        timestamptz  not null,
    minutes          int          not null check (minutes between 15 and 720),
    remote           boolean      not null,
    place            varchar(300) not null,
    capacity         int          not null check (capacity between 1 and 200),
    status           varchar(10)  not null check (status in ('SCHEDULED', 'HELD', 'CANCELLED')),
    held_started_at  timestamptz,
    held_ended_at    timestamptz,
    held_minutes     int,
    standard_id      uuid references charter_standard (id),
    compliance       varchar(20),
    deviation_reason varchar(2000),
    notes            text         not null default '',
    cancel_reason    varchar(2000),
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    version          bigint       not null default 0,
    check (held_ended_at is null or held_ended_at > held_started_at)
);
create index group_session_centre_day on group_session (centre_code, starts_at);
create index group_session_operator_day on group_session (operator_id, starts_at);

create table session_participant (
    session_id     uuid         not null references group_session (id),
    person_id      uuid         not null references person (id),
    status         varchar(10)  not null check (status in ('ENROLLED', 'WAITING', 'WITHDRAWN')),
    enrolled_at    timestamptz  not null,
    enrolled_by    varchar(200) not null,
    withdrawn_at   timestamptz,
    withdraw_reason varchar(2000),
    attendance     varchar(20) check (attendance in ('PRESENT', 'ABSENT', 'ABSENT_JUSTIFIED')),
    justification  varchar(2000),
    meeting_id     uuid references meeting (id),
    primary key (session_id, person_id)
);
create index session_participant_person on session_participant (person_id);
