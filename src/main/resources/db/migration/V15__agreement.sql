-- The basic-guidance interview and the personalised service agreement (PSP, R6–R10, R25).
-- One row per version of a person's PSP: a DRAFT being written, the SIGNED one in force, the SUPERSEDED ones kept.
create table agreement (
    id                     uuid         primary key,
    person_id              uuid         not null references person (id),
    number                 int          not null check (number > 0),
    status                 varchar(12)  not null check (status in ('DRAFT', 'SIGNED', 'SUPERSEDED')),
    previous_id            uuid         references agreement (id),
    centre_code            varchar(20)  not null,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    updated_by             varchar(200) not null,
    -- phase 1 (R6)
    phase1_saved_at        timestamptz,
    explained_process      boolean      not null default false,
    explained_rights       boolean      not null default false,
    expectations           varchar(4000) not null default '',
    motivation             varchar(4000) not null default '',
    -- phase 2 (R7, R8); the ten areas are rows of agreement_area
    phase2_saved_at        timestamptz,
    portal_registration    varchar(12)  check (portal_registration in ('REGISTERED', 'PROMOTED', 'REFUSED')),
    cv_status              varchar(10)  check (cv_status in ('DRAFTED', 'UPDATED', 'TO_DO')),
    -- phase 3 (R9, R10); plan items and measures are rows of their own tables
    phase3_saved_at        timestamptz,
    goal                   varchar(1000) not null default '',
    operator_id            uuid,
    operator_name          varchar(200) not null,
    profiling_class        varchar(12)  check (profiling_class in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    contact_frequency      varchar(200) not null default '',
    proof_of_search        varchar(2000) not null default '',
    available_workshops    boolean      not null default false,
    available_training     boolean      not null default false,
    available_job_offers   boolean      not null default false,
    availability_notes     varchar(2000) not null default '',
    next_appointment       timestamptz,
    -- signature
    signed_on              date,
    signed_at              timestamptz,
    signed_by              varchar(200),
    signature_method       varchar(5)   check (signature_method in ('PAPER', 'SCAN')),
    version                bigint       not null default 0,
    unique (person_id, number),
    check ((status = 'DRAFT') = (signed_on is null))
);

-- At most one draft and one agreement in force per person: two operators who update at once get one draft.
create unique index agreement_one_draft on agreement (person_id) where status = 'DRAFT';
create unique index agreement_one_signed on agreement (person_id) where status = 'SIGNED';
-- Home page: interviews in progress of a centre / of an operator.
create index agreement_drafts_centre on agreement (centre_code, updated_at) where status = 'DRAFT';
create index agreement_drafts_operator on agreement (operator_id, updated_at) where status = 'DRAFT';
-- Home page: plan items of the PSPs in force of an operator / of a centre.
create index agreement_signed_operator on agreement (operator_id) where status = 'SIGNED';
create index agreement_signed_centre on agreement (centre_code) where status = 'SIGNED';

-- The basic-guidance meetings (A05) the interview was held in; a draft may need more than one sitting.
create table agreement_meeting (
    agreement_id  uuid not null references agreement (id),
    meeting_id    uuid not null references meeting (id),
    primary key (agreement_id, meeting_id)
);

-- The ten assessment areas of phase 2 (R7), each with a rating on one scale (1–4) and notes.
create table agreement_area (
    agreement_id  uuid          not null references agreement (id),
    area          smallint      not null check (area between 1 and 10),
    rating        smallint      check (rating between 1 and 4),
    notes         varchar(4000) not null default '',
    primary key (agreement_id, area)
);

-- The measures agreed (R25 a–h).
create table agreement_measure (
    agreement_id  uuid          not null references agreement (id),
    measure       char(1)       not null check (measure between 'a' and 'h'),
    notes         varchar(1000) not null default '',
    primary key (agreement_id, measure)
);

-- The action plan (R9): items of three kinds; lineage_id is shared by the copies of one item across versions.
create table agreement_item (
    id            uuid          primary key,
    agreement_id  uuid          not null references agreement (id),
    lineage_id    uuid          not null,
    position      int           not null,
    kind          varchar(8)    not null check (kind in ('CENTRE', 'NETWORK', 'PERSON')),
    activity_id   varchar(20)   references charter_activity (id),
    actor_name    varchar(200),
    actor_kind    varchar(24),
    description   varchar(2000) not null check (description <> ''),
    due_date      date,
    frequency     varchar(200),
    status        varchar(12)   not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED', 'CANCELLED')),
    version       bigint        not null default 0,
    check (due_date is not null or coalesce(frequency, '') <> ''),
    check (kind <> 'CENTRE' or activity_id is not null),
    check (kind <> 'NETWORK' or (actor_name is not null and actor_kind is not null)),
    unique (agreement_id, lineage_id)
);
create index agreement_item_agreement on agreement_item (agreement_id, position);
-- Home page: open items by due date (the PLAN section reads the signed ones due within a week or overdue).
create index agreement_item_open_due on agreement_item (due_date) where status in ('PLANNED', 'IN_PROGRESS');

-- Every status an item had, who set it and when (a copy keeps its original's history).
create table agreement_item_status (
    id          uuid          primary key,
    item_id     uuid          not null references agreement_item (id),
    status      varchar(12)   not null,
    changed_at  timestamptz   not null,
    changed_by  varchar(200)  not null,
    note        varchar(1000) not null default ''
);
create index agreement_item_status_item on agreement_item_status (item_id, changed_at);

-- The signed scan (PDF only), beside the agreement so that reading versions never loads it.
create table agreement_scan (
    agreement_id  uuid         primary key references agreement (id),
    file_name     varchar(255) not null,
    size_bytes    int          not null,
    content       bytea        not null,
    uploaded_at   timestamptz  not null
);

-- A signed agreement cannot change (R10: an update is a new version). The service refuses first with a
-- message; these triggers hold the rule for any other writer. A signed version may only become SUPERSEDED.
create function agreement_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'agreement % is signed and cannot change', old.id using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.status = 'SUPERSEDED'
       or (old.status = 'SIGNED' and (new.status <> 'SUPERSEDED'
           or (to_jsonb(new) - 'status' - 'version') <> (to_jsonb(old) - 'status' - 'version'))) then
        raise exception 'agreement % is signed and cannot change', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger agreement_frozen before update or delete on agreement for each row execute function agreement_frozen();

-- Rows of a version's content change only while it is a draft; plan items of the version in force may change
-- their status (the plan's follow-up, not an edit of the agreement).
create function agreement_part_frozen() returns trigger language plpgsql as $$
declare
    parent uuid;
    state varchar(12);
begin
    parent := case when tg_op = 'INSERT' then new.agreement_id else old.agreement_id end;
    select status into state from agreement where id = parent;
    if state = 'DRAFT' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if tg_table_name = 'agreement_item' and tg_op = 'UPDATE' and state = 'SIGNED'
       and (to_jsonb(new) - 'status' - 'version') = (to_jsonb(old) - 'status' - 'version') then
        return new;
    end if;
    raise exception 'agreement % is signed and cannot change', parent using errcode = 'check_violation';
end $$;
create trigger agreement_area_frozen before insert or update or delete on agreement_area
    for each row execute function agreement_part_frozen();
create trigger agreement_measure_frozen before insert or update or delete on agreement_measure
    for each row execute function agreement_part_frozen();
create trigger agreement_item_frozen before insert or update or delete on agreement_item
    for each row execute function agreement_part_frozen();
create trigger agreement_meeting_frozen before insert or update or delete on agreement_meeting
    for each row execute function agreement_part_frozen();
