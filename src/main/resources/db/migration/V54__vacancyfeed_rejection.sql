-- The items an import rejected for good (issue 13, module vacancyfeed, ADR 0032): which run, which feed's item and
-- why (the rule's code and what it was about), so that the administrator's page says what the regional system must
-- correct. A rejected item is not handed over again until the regional system changes it (the cursor goes past it).
create table vacancyfeed_rejection (
    id           uuid          primary key,
    run_id       uuid          not null references vacancyfeed_run (id) on delete cascade,
    feed         varchar(20)   not null check (feed in ('EMPLOYERS', 'VACANCIES')),
    external_id  varchar(100)  not null,
    reason       varchar(1000) not null,
    rejected_at  timestamptz   not null
);
create index vacancyfeed_rejection_run on vacancyfeed_rejection (run_id);
create index vacancyfeed_rejection_at on vacancyfeed_rejection (rejected_at desc);
