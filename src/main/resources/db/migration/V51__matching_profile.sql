-- The candidate profile of the matching module (issue 13, ADR 0028): one row per person, a projection rebuilt from
-- the owning modules' facts (person, intake, occupation, cv) whenever one of their events says it changed, and in
-- full at start-up when empty or on demand. Never the source of any fact: dropping the rows loses nothing.
-- protected_l68 is special-category data (L. 68/99), used only to filter reserved vacancies: never shown, never
-- returned. The CV's validity is judged on the day of the query from cv_obsolete_from (R20), so no nightly update.
create table match_profile
(
    person_id           uuid primary key,                   -- a person; no foreign key: a projection, rebuilt at will
    centre_code         varchar(20),                        -- the centre of the current intake; null: not in charge
    consent_given       boolean      not null,              -- the current matching consent is GIVEN (R18)
    protected_l68       boolean      not null,
    display_name        varchar(210) not null,
    birth_year          smallint,
    municipality_code   varchar(6),                         -- domicile, else residence
    province_code       varchar(3),
    travel              varchar(20),                        -- occupation.Availability.Travel; null when not said
    hours               varchar(20),                        -- occupation.Availability.Hours; null when not said
    education_level     smallint     not null default 0,    -- matching.EducationLevel: the highest title's level
    licences            varchar(30)[] not null default '{}',
    languages           varchar(12)[] not null default '{}', -- 'en:B1'
    desired_professions varchar(20)[] not null default '{}', -- fifth level, the desired occupations
    professions         varchar(20)[] not null default '{}', -- fifth level, desired and past jobs
    profession_groups   varchar(20)[] not null default '{}', -- their fourth level
    profession_classes  varchar(20)[] not null default '{}', -- their third level
    experience          varchar(30)[] not null default '{}', -- 'code:years' per fifth-level profession
    cv_obsolete_from    date,                               -- the current CV's first obsolete day; null: no CV
    as_of               timestamptz  not null               -- database time the facts were read from: newer wins
);

-- every candidates query filters on the hard filter (consent given, in charge): the indexes hold only those rows
create index match_profile_professions on match_profile using gin (professions)
    where consent_given and centre_code is not null;
create index match_profile_groups on match_profile using gin (profession_groups)
    where consent_given and centre_code is not null;
create index match_profile_classes on match_profile using gin (profession_classes)
    where consent_given and centre_code is not null;
create index match_profile_province on match_profile (province_code)
    where consent_given and centre_code is not null;
