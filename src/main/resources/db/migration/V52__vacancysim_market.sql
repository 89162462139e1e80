-- The simulator of the regional labour-market system (issue 13, module vacancysim, docs/vacancy-api.yaml): its own
-- copy of the market it publishes. Nothing of Orienta's reads these tables. ADR 0029.

create table vacancysim_employer (
    id                varchar(40)  primary key,
    version           integer      not null,
    changed_at        timestamptz  not null,
    tax_code          varchar(16)  not null unique,
    vat_number        varchar(11),
    name              varchar(200) not null,
    legal_form        varchar(30)  not null,
    ateco_code        varchar(8)   not null,
    municipality_code varchar(6)   not null,
    address           varchar(300) not null,
    postal_code       varchar(5),
    email             varchar(254),
    pec               varchar(254),
    phone             varchar(30),
    contact_person    varchar(200),
    size_band         varchar(10)  not null
);
create index vacancysim_employer_feed on vacancysim_employer (changed_at, id);

create table vacancysim_vacancy (
    id                varchar(40)   primary key,
    version           integer       not null,
    changed_at        timestamptz   not null,
    employer_id       varchar(40)   not null references vacancysim_employer (id),
    profession_code   varchar(20)   not null,
    title             varchar(200)  not null,
    description       varchar(4000),
    posts             integer       not null,
    municipality_code varchar(6)    not null,
    contract_type     varchar(15)   not null,
    contract_months   integer,
    working_time      varchar(10)   not null,
    weekly_hours      integer,
    start_date        date,
    published_on      date          not null,
    expires_on        date          not null,
    education_level   smallint,
    -- comma-separated: "C,CE,CQC_MERCI"; languages "en:B1,de:A2"
    driving_licences  varchar(100)  not null default '',
    languages         varchar(100)  not null default '',
    experience_years  smallint,
    reserved_l68      boolean       not null,
    status            varchar(10)   not null
);
create index vacancysim_vacancy_feed on vacancysim_vacancy (changed_at, id);
create index vacancysim_vacancy_status on vacancysim_vacancy (status);

-- One row: the seed the market was generated with, the market days simulated, the numbers of the last items.
create table vacancysim_state (
    id            smallint    primary key check (id = 1),
    seed          bigint      not null,
    generated_at  timestamptz not null,
    days          integer     not null default 0,
    last_day_at   timestamptz,
    last_employer integer     not null,
    last_vacancy  integer     not null
);
