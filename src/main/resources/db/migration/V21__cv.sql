-- The person's CVs (R14–R21). One row per saved CV; the current one is flagged, earlier ones stay as history for
-- the audit (who, when) and lose their file after the retention period (content set to null, purged_at set).
-- The file is kept in the database so that saving a CV and its history is one transaction.
create table cv (
    id             uuid primary key,
    person_id      uuid         not null references person (id),
    origin         varchar(10)  not null check (origin in ('UPLOADED', 'GENERATED')),
    language       varchar(2),
    file_name      varchar(255) not null,
    size_bytes     integer      not null,
    sha256         varchar(64)  not null,
    content        bytea,
    saved_at       timestamptz  not null,
    saved_by       varchar(200) not null,
    centre_code    varchar(20)  not null,
    obsolete_from  date         not null,
    is_current     boolean      not null default true,
    replaced_at    timestamptz,
    deleted_at     timestamptz,
    deleted_by     varchar(200),
    purged_at      timestamptz,
    -- The state of its transfer to the regional portal, as the portal module reports it (R17–R19).
    transfer_state      varchar(30),
    transfer_detail     varchar(1000),
    transfer_updated_at timestamptz,
    version        bigint       not null default 0
);
-- PDFs are compressed already: store the file out of line without PostgreSQL trying to compress it again
alter table cv alter column content set storage external;
create unique index cv_current on cv (person_id) where is_current;
create index cv_obsolete_from on cv (obsolete_from) where is_current;
