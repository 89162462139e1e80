-- Employers and vacancies (issue 13): the foundation of scouting (measure d). The module vacancy owns these tables;
-- other modules read them through its Java API (it.orienta.vacancy.Vacancies). ADR 0027.

-- ATECO 2007 sections (A–U, level 1) and divisions (01–99, level 2), seeded by V50. An employer's activity is
-- checked against it; the division is what matching uses.
create table ateco_code (
    code      varchar(2)   primary key,
    level     smallint     not null check (level in (1, 2)),
    section   char(1)      not null,
    label_it  varchar(300) not null,
    label_en  varchar(300) not null
);

-- One employer, one record: the tax code is unique (a company's 11-digit partita IVA / codice fiscale numerico, or a
-- sole trader's 16-character codice fiscale). external_id is the regional system's id, unique per source.
create table employer (
    id                uuid primary key,
    tax_code          varchar(16)  not null,
    name              varchar(200) not null,
    ateco_code        varchar(8)   not null,
    ateco_division    varchar(2)   not null references ateco_code (code),
    municipality_code varchar(6)   not null,
    province_code     varchar(2),
    address           varchar(300) not null default '',
    email             varchar(254) not null default '',
    phone             varchar(30)  not null default '',
    contact_person    varchar(200) not null default '',
    size_band         varchar(10)  check (size_band in ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')),
    notes             varchar(2000) not null default '',
    source            varchar(15)  not null check (source in ('MANUAL', 'REGIONAL_FEED', 'CSV')),
    external_id       varchar(100),
    created_at        timestamptz  not null,
    created_by        varchar(200) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(200) not null,
    version           bigint       not null default 0,
    constraint employer_tax_code_once unique (tax_code)
);
create unique index employer_external_once on employer (source, external_id) where external_id is not null;
create index employer_name on employer (lower(name) text_pattern_ops);
create index employer_division_province on employer (ateco_division, province_code);

-- A vacancy (ClicLavoro "richiesta di personale"): the profession is a fifth-level ISTAT CP2011 unit; its third and
-- fourth levels are stored (generated) so that a search by a group is an equality on an index, not a pattern.
create table vacancy (
    id                   uuid primary key,
    employer_id          uuid         not null references employer (id),
    profession_code      varchar(20)  not null,
    profession_l4        varchar(20)  generated always as
        (split_part(profession_code, '.', 1) || '.' || split_part(profession_code, '.', 2) || '.'
         || split_part(profession_code, '.', 3) || '.' || split_part(profession_code, '.', 4)) stored,
    profession_l3        varchar(20)  generated always as
        (split_part(profession_code, '.', 1) || '.' || split_part(profession_code, '.', 2) || '.'
         || split_part(profession_code, '.', 3)) stored,
    title                varchar(200) not null,
    description          varchar(4000) not null default '',
    posts                integer      not null check (posts >= 1),
    municipality_code    varchar(6)   not null,
    province_code        varchar(2),
    contract_type        varchar(15)  not null
        check (contract_type in ('PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'AGENCY', 'TRAINEESHIP', 'SEASONAL', 'OTHER')),
    working_time         varchar(10)  not null check (working_time in ('FULL_TIME', 'PART_TIME', 'SHIFTS')),
    start_date           date,
    publication_date     date         not null,
    expiry_date          date         not null,
    min_education_level  smallint     check (min_education_level between 1 and 8),
    driving_licences     varchar(20)[] not null default '{}',
    min_experience_years smallint     check (min_experience_years between 0 and 50),
    reserved_l68         boolean      not null default false,
    status               varchar(10)  not null check (status in ('OPEN', 'SUSPENDED', 'FILLED', 'EXPIRED', 'WITHDRAWN')),
    source               varchar(15)  not null check (source in ('MANUAL', 'REGIONAL_FEED', 'CSV')),
    external_id          varchar(100),
    created_at           timestamptz  not null,
    created_by           varchar(200) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    version              bigint       not null default 0,
    constraint vacancy_expiry_after_publication check (expiry_date >= publication_date)
);
create unique index vacancy_external_once on vacancy (source, external_id) where external_id is not null;
-- Vacancies#open: only open vacancies are searched, by unit, group (l4) or group (l3), by province or municipality.
create index vacancy_open_profession on vacancy (profession_code, expiry_date) where status = 'OPEN';
create index vacancy_open_l4 on vacancy (profession_l4, expiry_date) where status = 'OPEN';
create index vacancy_open_l3 on vacancy (profession_l3, expiry_date) where status = 'OPEN';
create index vacancy_open_province on vacancy (province_code, expiry_date) where status = 'OPEN';
create index vacancy_open_municipality on vacancy (municipality_code) where status = 'OPEN';
-- closeExpired: the open and suspended ones past their expiry.
create index vacancy_live_expiry on vacancy (expiry_date) where status in ('OPEN', 'SUSPENDED');
create index vacancy_employer on vacancy (employer_id, publication_date);
create index vacancy_publication on vacancy (publication_date desc, id);

-- The languages a vacancy asks for, with their CEFR level (ISO 639-1 codes, as person_language).
create table vacancy_language (
    vacancy_id    uuid       not null references vacancy (id) on delete cascade,
    language_code varchar(2) not null,
    level         varchar(6) not null check (level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE')),
    primary key (vacancy_id, language_code)
);

-- Every change of a vacancy's status: from (null when published), to, when, who, why.
create table vacancy_status_change (
    id          uuid primary key,
    vacancy_id  uuid         not null references vacancy (id) on delete cascade,
    from_status varchar(10),
    to_status   varchar(10)  not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    reason      varchar(500) not null default ''
);
create index vacancy_status_change_vacancy on vacancy_status_change (vacancy_id, changed_at);
