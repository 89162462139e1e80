-- The simulator of the regional portal and of the CV search system (module portalsim, embedded default only).
-- Its own tables, prefixed portalsim_, as an outside system's would be: nothing of Orienta's is read.
create table portalsim_person (
    tax_code      varchar(16)  primary key,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(200),
    mobile_phone  varchar(40),
    channel       varchar(10)  not null,
    status        varchar(30)  not null,
    created_at    timestamptz  not null,
    confirmed_at  timestamptz
);

-- One row per idempotency key: the CV the portal received (and passed to the CV search system once confirmed);
-- deliveries counts every request that carried the key, so a test can prove a resend was not stored twice.
create table portalsim_cv (
    idempotency_key  varchar(100) primary key,
    tax_code         varchar(16)  not null,
    file_name        varchar(255),
    size_bytes       integer      not null,
    sha256           varchar(64)  not null,
    status           varchar(30)  not null,
    deliveries       integer      not null default 1,
    received_at      timestamptz  not null,
    searchable_at    timestamptz,
    removed_at       timestamptz
);
create index portalsim_cv_person on portalsim_cv (tax_code);

-- Notices to Orienta's webhook, sent after the action that raised them and resent until accepted.
create table portalsim_notice (
    id               uuid primary key,
    type             varchar(30)  not null,
    tax_code         varchar(16)  not null,
    idempotency_key  varchar(100),
    reason           varchar(1000),
    created_at       timestamptz  not null,
    delivered_at     timestamptz,
    attempts         integer      not null default 0
);
create index portalsim_notice_pending on portalsim_notice (created_at) where delivered_at is null;
