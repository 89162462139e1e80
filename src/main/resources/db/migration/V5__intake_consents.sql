create table privacy_notice
(
    id           uuid primary key,
    number       int          not null unique,
    title        varchar(200) not null,
    body         text         not null,
    published_at timestamp with time zone not null,
    published_by varchar(100) not null
);

create table intake
(
    id                      uuid primary key,
    person_id               uuid        not null references person (id),
    centre_code             varchar(20) not null references centre (code),
    operator_id             uuid,
    operator_name           varchar(200) not null,
    intake_date             date        not null,
    privacy_notice_id       uuid        not null references privacy_notice (id),
    privacy_acknowledged_at timestamp with time zone not null,
    profiling_index         numeric(4, 3) check (profiling_index between 0 and 1),
    profiling_date          date,
    status                  varchar(10) not null check (status in ('CURRENT', 'ENDED')),
    ended_at                timestamp with time zone,
    version                 bigint      not null
);
-- at most one current intake per person, whatever the concurrency
create unique index intake_one_current on intake (person_id) where status = 'CURRENT';
create index intake_person on intake (person_id, intake_date desc);
create index intake_centre on intake (centre_code, intake_date desc);

create table matching_consent
(
    id            uuid primary key,
    person_id     uuid        not null references person (id),
    intake_id     uuid        not null references intake (id),
    state         varchar(10) not null check (state in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
    recorded_at   timestamp with time zone not null,
    operator_id   uuid,
    operator_name varchar(200) not null,
    centre_code   varchar(20)
);
create index matching_consent_person on matching_consent (person_id, recorded_at desc);
