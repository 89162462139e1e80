-- The outcomes of a closed orientation pathway (R26): one or more of the card's five, with the date; a person
-- referred to another service names it. A later pathway of the same person closes with a row of its own.
create table pathway_outcome (
    id           uuid primary key,
    person_id    uuid          not null references person (id),
    closed_on    date          not null,
    outcomes     varchar(20)[] not null check (cardinality(outcomes) between 1 and 5),
    referred_to  varchar(300),
    notes        varchar(2000) not null default '',
    centre_code  varchar(20)   not null,
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null
);
create index pathway_outcome_person on pathway_outcome (person_id, closed_on desc);
