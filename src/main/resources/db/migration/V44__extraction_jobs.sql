-- Durable extraction jobs (issue 12, ADR 0026): the job and its finished file live in PostgreSQL, so that any node
-- reports the progress and serves the download, and a job whose node died is resumed or failed by another node.
create table extraction_job (
    id                uuid primary key,
    state             varchar(10)  not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')),
    format            varchar(10)  not null,
    locale            varchar(35)  not null,
    -- the filter (ExtractionFilter), one column per criterion
    profession_code   text,
    sep_sector        int,
    municipality_code text,
    from_work         boolean      not null default false,
    from_education    boolean      not null default false,
    from_training     boolean      not null default false,
    cv_state          varchar(10)  not null,
    -- who asked, in which centre (null: an administrator's, across centres)
    requested_by_id   uuid,
    requested_by      varchar(200) not null,
    centre_code       varchar(20),
    -- progress: rows written of the rows counted when it was asked for
    total             bigint       not null default 0,
    written           bigint       not null default 0,
    -- the worker's claim: which node, until when (renewed while it writes), how many times it was taken
    attempts          integer      not null default 0,
    claimed_by        varchar(200),
    lease_until       timestamptz,
    failure_reason    varchar(100),
    file_size         bigint,
    created_at        timestamptz  not null,
    started_at        timestamptz,
    finished_at       timestamptz,
    expires_at        timestamptz  not null
);
-- the workers' look-up: queued jobs, and running ones whose lease may have expired
create index extraction_job_open on extraction_job (lease_until, created_at) where state in ('QUEUED', 'RUNNING');
-- the clean-up's look-up: finished jobs whose file may have expired
create index extraction_job_finished on extraction_job (expires_at) where state in ('DONE', 'FAILED');

-- The finished file, in parts of at most 1 MiB (no bytea near its 1 GB limit, a download read part by part), all
-- written in the transaction that marks the job DONE: no half file is ever served. Parts are stored as they are
-- (the CSV is text, the XLSX already zipped): no compression to undo on every read.
create table extraction_file (
    job_id   uuid    not null references extraction_job (id) on delete cascade,
    part     integer not null,
    data     bytea   not null,
    primary key (job_id, part)
);
alter table extraction_file alter column data set storage external;
