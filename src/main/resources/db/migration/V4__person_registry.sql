create table person
(
    id                          uuid primary key,
    tax_code                    varchar(16)  not null,
    tax_code_canonical          varchar(16)  not null,
    tax_code_temporary          boolean      not null,
    first_name                  varchar(100) not null,
    last_name                   varchar(100) not null,
    search_name                 varchar(210) not null,
    search_name_reversed        varchar(210) not null,
    sex                         varchar(1)   not null check (sex in ('M', 'F')),
    birth_date                  date         not null,
    birth_municipality_code     varchar(6),
    birth_country_code          varchar(3),
    citizenship_code            varchar(3),
    residence_municipality_code varchar(6),
    residence_address           varchar(200),
    domicile_municipality_code  varchar(6),
    domicile_address            varchar(200),
    email                       varchar(254),
    mobile_phone                varchar(20),
    notes                       varchar(2000),
    disability_l68              boolean      not null default false,
    disability_percentage       int check (disability_percentage between 0 and 100),
    vulnerability_notes         varchar(2000),
    created_at                  timestamp with time zone not null,
    created_in_centre           varchar(20),
    version                     bigint       not null
);
-- one person, one record: codes that differ only by omocodia share the canonical form
create unique index person_tax_code_canonical on person (tax_code_canonical);
create index person_search_name on person (search_name text_pattern_ops);
create index person_search_name_reversed on person (search_name_reversed text_pattern_ops);
create index person_search_name_trgm on person using gin (search_name gin_trgm_ops);
create index person_birth_date on person (birth_date);

create table person_licence
(
    person_id uuid        not null references person (id),
    licence   varchar(30) not null,
    primary key (person_id, licence)
);

create table person_language
(
    person_id uuid       not null references person (id),
    language  varchar(2) not null,
    level     varchar(6) not null
);
create index person_language_person on person_language (person_id);

create table person_education_title
(
    id           uuid primary key,
    person_id    uuid        not null references person (id),
    title_code   varchar(8)  not null,
    year         int,
    institution  varchar(200),
    country_code varchar(3)  not null,
    description  varchar(500)
);
create index person_education_title_person on person_education_title (person_id);

create table person_work_experience
(
    id              uuid primary key,
    person_id       uuid         not null references person (id),
    employer        varchar(200) not null,
    profession_code varchar(20)  not null,
    from_date       date         not null,
    to_date         date,
    sep_sector      int,
    description     varchar(2000)
);
create index person_work_experience_person on person_work_experience (person_id);
