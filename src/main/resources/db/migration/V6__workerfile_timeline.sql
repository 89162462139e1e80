create table timeline_entry
(
    id          bigint generated always as identity primary key,
    event_id    uuid         not null unique,
    person_id   uuid         not null,
    occurred_at timestamp with time zone not null,
    kind        varchar(40)  not null,
    summary_key varchar(120) not null,
    summary_args text[]      not null,
    actor_name  varchar(200) not null,
    centre_code varchar(20)
);
create index timeline_entry_person on timeline_entry (person_id, occurred_at desc, id desc);
