create table audit_entry
(
    id          bigint generated always as identity primary key,
    event_id    uuid         not null unique,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null default now(),
    operator_id uuid,
    username    varchar(100) not null,
    actor_name  varchar(200) not null,
    centre_code varchar(20),
    roles       varchar(100) not null,
    action      varchar(10)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    person_id   uuid,
    fields      text[]       not null
);
create index audit_entry_person on audit_entry (person_id, occurred_at desc);
create index audit_entry_username on audit_entry (username, occurred_at desc);
create index audit_entry_time on audit_entry (occurred_at desc);

-- append-only: nobody changes or removes the audit log, not even the application's own database user
create function audit_entry_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
