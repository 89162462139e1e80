-- The transfers of CVs to the regional portal and their removals from the CV search system (R17–R19, R21): an
-- outbox, one row per delivery to make, claimed by the scheduled worker (for update skip locked) and retried with
-- backoff; every state lives here so that a restart loses nothing (ADR 0016).
create table portal_transfer (
    id               uuid primary key,
    person_id        uuid          not null references person (id),
    cv_id            uuid          not null,
    kind             varchar(10)   not null check (kind in ('UPLOAD', 'REMOVAL')),
    state            varchar(20)   not null check (state in ('REQUESTED', 'SENT', 'ACCEPTED', 'PRE_REGISTERED',
                                                             'FAILED', 'RETRYING', 'CANCELLED', 'REMOVED')),
    -- sent as Idempotency-Key: the CV id for its first upload; the portal acts once per key
    idempotency_key  varchar(100)  not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz,
    reason           varchar(1000),
    centre_code      varchar(20)   not null,
    requested_at     timestamptz   not null,
    requested_by     varchar(200)  not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0
);
create unique index portal_transfer_key on portal_transfer (idempotency_key);
-- one live upload per CV version: confirming twice cannot queue two
create unique index portal_transfer_live_upload on portal_transfer (cv_id)
    where kind = 'UPLOAD' and state <> 'CANCELLED';
create index portal_transfer_due on portal_transfer (next_attempt_at) where state in ('REQUESTED', 'RETRYING');
create index portal_transfer_person on portal_transfer (person_id, requested_at desc);
create index portal_transfer_attention on portal_transfer (centre_code, updated_at desc)
    where state in ('FAILED', 'PRE_REGISTERED');

-- The person's registration on the portal as Orienta knows it: pre-registered (awaiting the person's
-- confirmation by e-mail or SMS) until the portal reports the confirmation.
create table portal_registration (
    person_id    uuid primary key references person (id),
    state        varchar(20)  not null check (state in ('PRE_REGISTERED', 'CONFIRMED')),
    channel      varchar(10),
    updated_at   timestamptz  not null
);

-- Notices received from the portal, by their id: a notice delivered twice is applied once.
create table portal_notice (
    notice_id    varchar(100) primary key,
    type         varchar(30)  not null,
    received_at  timestamptz  not null
);
