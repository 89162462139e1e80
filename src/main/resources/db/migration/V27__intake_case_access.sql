-- The record-access policy (ADR 0017): the case belongs to the centre that has the person in charge.

-- "which centre has this person in charge": the latest intake, current first, in one index probe per request
create index intake_person_latest on intake (person_id, (status = 'CURRENT') desc, privacy_acknowledged_at desc)
    include (centre_code);

-- transfer of charge: the new centre states why; the old centre's coordinator is told
alter table intake add column transfer_reason text;
alter table intake add column transferred_from varchar(20) references centre (code);

-- exceptional read of another centre's case: a stated reason, time-boxed, never a write
create table exceptional_access
(
    id            uuid primary key,
    person_id     uuid         not null references person (id),
    operator_id   uuid         not null,
    username      varchar(100) not null,
    operator_name varchar(200) not null,
    centre_code   varchar(20)  not null references centre (code),
    owner_centre  varchar(20)  not null references centre (code),
    reason        varchar(40)  not null,
    reason_text   text         not null check (length(reason_text) between 1 and 1000),
    granted_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null check (expires_at > granted_at)
);
create index exceptional_access_grant on exceptional_access (person_id, operator_id, expires_at desc);
create index exceptional_access_owner on exceptional_access (owner_centre, granted_at desc);
