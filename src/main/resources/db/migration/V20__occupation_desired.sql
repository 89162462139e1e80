-- Desired occupations (R11–R13): at most three per person, each a fifth-level ISTAT CP2011 profession with where
-- the skills come from (at least one source) and the card's structured notes. Availability belongs to the person
-- (person_availability), never to an occupation (R13).
create table desired_occupation (
    id                     uuid primary key,
    person_id              uuid         not null references person (id),
    profession_code        varchar(20)  not null,
    from_work              boolean      not null default false,
    from_education         boolean      not null default false,
    from_training          boolean      not null default false,
    interview_date         date         not null,
    sep_sector             smallint,
    specific_skills        varchar(2000) not null default '',
    experience_years       smallint check (experience_years between 0 and 70),
    last_year_worked       smallint,
    formal_learning        boolean      not null default false,
    formal_learning_detail varchar(1000) not null default '',
    licences_tools         varchar(1000) not null default '',
    other_info             varchar(2000) not null default '',
    centre_code            varchar(20)  not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null,
    version                bigint       not null default 0,
    constraint desired_occupation_source check (from_work or from_education or from_training),
    constraint desired_occupation_once unique (person_id, profession_code)
);
create index desired_occupation_profession on desired_occupation (profession_code);

-- The person's availability, once per person (R13).
create table person_availability (
    person_id          uuid primary key references person (id),
    hours              varchar(20)  not null default '',
    willing_to_travel  varchar(20)  not null default '',
    transport          varchar(20)[] not null default '{}',
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    version            bigint       not null default 0
);
