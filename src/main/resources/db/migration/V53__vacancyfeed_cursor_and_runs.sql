-- The import from the regional vacancy system (issue 13, module vacancyfeed, docs/vacancy-api.yaml, ADR 0029).

-- Where each feed's import stopped: the (changedAt, id) of the last item handed to the sink. Saved after each page,
-- so that an import resumes exactly there; an item handed over again after a crash changes nothing (the sink is
-- idempotent).
create table vacancyfeed_cursor (
    feed        varchar(20)  primary key check (feed in ('EMPLOYERS', 'VACANCIES')),
    changed_at  timestamptz  not null,
    last_id     varchar(40)  not null,
    updated_at  timestamptz  not null
);

-- One row per import run: what it saw and did. At most one RUNNING at a time (the index), across the cluster; a run
-- whose node stopped beating past the lease is marked ABANDONED by the next one.
create table vacancyfeed_run (
    id               uuid         primary key,
    trigger          varchar(10)  not null check (trigger in ('STARTUP', 'SCHEDULE', 'ADMIN')),
    status           varchar(10)  not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'ABANDONED')),
    node             varchar(200) not null,
    started_at       timestamptz  not null,
    heartbeat_at     timestamptz  not null,
    finished_at      timestamptz,
    pages            integer      not null default 0,
    employers_seen   integer      not null default 0,
    vacancies_seen   integer      not null default 0,
    created          integer      not null default 0,
    updated          integer      not null default 0,
    unchanged        integer      not null default 0,
    rejected         integer      not null default 0,
    errors           integer      not null default 0,
    error_message    varchar(1000),
    duration_ms      bigint
);
create unique index vacancyfeed_run_one_running on vacancyfeed_run ((true)) where status = 'RUNNING';
create index vacancyfeed_run_started on vacancyfeed_run (started_at desc);
