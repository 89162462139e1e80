-- The skills audit's output document (R24): the "bilancio delle competenze spendibili sul mercato del lavoro",
-- one per skills-audit engagement. Written as a draft while the audit goes on, completed once the engagement is
-- closed (its total judged) and every section is written; a completed document is final (the trigger below keeps
-- it so even outside the application).
create table skills_audit_document (
    id               uuid primary key,
    engagement_id    uuid          not null unique references engagement (id),
    person_id        uuid          not null references person (id),
    history          varchar(8000) not null default '',
    skills           varchar(8000) not null default '',
    gaps             varchar(8000) not null default '',
    recommendations  varchar(8000) not null default '',
    status           varchar(10)   not null check (status in ('DRAFT', 'COMPLETED')),
    completed_at     timestamptz,
    completed_by     varchar(200),
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null,
    version          bigint        not null default 1,
    check ((status = 'COMPLETED') = (completed_at is not null and completed_by is not null))
);
create index skills_audit_document_person on skills_audit_document (person_id);

create function skills_audit_document_final() returns trigger language plpgsql as $$
begin
    if old.status = 'COMPLETED' then
        raise exception 'skills audit document % is completed and cannot change', old.id
            using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;
create trigger skills_audit_document_final before update or delete on skills_audit_document
    for each row execute function skills_audit_document_final();
