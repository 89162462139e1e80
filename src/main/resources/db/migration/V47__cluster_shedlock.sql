-- ShedLock's lock table (ADR 0023): one row per cron job, taken by the node that runs it. Times are written by the
-- database itself (usingDbTime: timezone('utc', current_timestamp)), hence timestamp without time zone, in UTC.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
