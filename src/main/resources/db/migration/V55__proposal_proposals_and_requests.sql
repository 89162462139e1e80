-- Proposals of vacancies to persons (issue 13, measure d, ADR 0031): the proposal with the person's answer, the
-- candidature and the outcome; its steps as a history; and the requests of one centre to the centre in charge.

create table proposal (
    id                 uuid primary key,
    vacancy_id         uuid         not null references vacancy (id),
    vacancy_title      varchar(200) not null,
    employer_name      varchar(300) not null,
    person_id          uuid         not null references person (id),
    centre_code        varchar(20)  not null,
    proposed_by        varchar(200) not null,
    proposed_on        date         not null,
    channel            varchar(10)  not null check (channel in ('IN_PERSON', 'PHONE', 'EMAIL', 'SMS', 'LETTER')),
    match_score        integer,
    match_explanation  jsonb,
    weights_version    varchar(40),
    status             varchar(20)  not null check (status in ('PROPOSED', 'INTERESTED', 'NOT_INTERESTED',
                                                               'CANDIDATURE_SENT', 'INTERVIEW', 'HIRED',
                                                               'NOT_SELECTED', 'WITHDRAWN')),
    answered_on        date,
    refusal_reason     varchar(20)  check (refusal_reason in ('DISTANCE', 'PAY', 'HOURS', 'CONTRACT',
                                                              'ALREADY_EMPLOYED', 'HEALTH', 'FAMILY_CARE',
                                                              'NOT_SUITABLE', 'OTHER')),
    refusal_note       varchar(2000),
    candidature_on     date,
    candidature_to     varchar(20)  check (candidature_to in ('EMPLOYER', 'PRESELECTION')),
    candidature_how    varchar(300),
    outcome_on         date,
    interview_on       date,
    hired_contract     varchar(20),
    hired_start        date,
    withdrawn_by       varchar(10)  check (withdrawn_by in ('PERSON', 'EMPLOYER')),
    request_id         uuid,
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null,
    version            bigint       not null
);

-- One live proposal of a vacancy to a person: two operators proposing at once make one (the loser is told so).
create unique index proposal_live on proposal (vacancy_id, person_id)
    where status in ('PROPOSED', 'INTERESTED', 'CANDIDATURE_SENT', 'INTERVIEW');
create index proposal_person on proposal (person_id, proposed_on desc);
create index proposal_vacancy on proposal (vacancy_id, proposed_on desc);
-- the home page's items: answers awaited and outcomes to record, per centre
create index proposal_awaiting on proposal (centre_code, proposed_on) where status = 'PROPOSED';
create index proposal_outcome_due on proposal (centre_code, candidature_on) where status = 'CANDIDATURE_SENT';

-- Each step of a proposal as it was recorded: the history the pages and the API show.
create table proposal_step (
    proposal_id  uuid         not null references proposal (id) on delete cascade,
    position     int          not null,
    step         varchar(20)  not null,
    step_on      date         not null,
    recorded_at  timestamptz  not null,
    recorded_by  varchar(200) not null,
    detail       varchar(2000) not null default '',
    primary key (proposal_id, position)
);

-- A centre asks the centre in charge of a person to propose a vacancy to them (the case stays with that centre).
create table proposal_request (
    id              uuid primary key,
    vacancy_id      uuid         not null references vacancy (id),
    vacancy_title   varchar(200) not null,
    employer_name   varchar(300) not null,
    person_id       uuid         not null references person (id),
    from_centre     varchar(20),
    to_centre       varchar(20)  not null,
    requested_by    varchar(200) not null,
    requested_at    timestamptz  not null,
    note            varchar(2000) not null default '',
    status          varchar(10)  not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    answered_by     varchar(200),
    answered_at     timestamptz,
    decline_reason  varchar(2000),
    proposal_id     uuid references proposal (id),
    version         bigint       not null
);
create unique index proposal_request_pending on proposal_request (vacancy_id, person_id) where status = 'PENDING';
create index proposal_request_to on proposal_request (to_centre, requested_at) where status = 'PENDING';
create index proposal_request_from on proposal_request (from_centre, requested_at desc);
