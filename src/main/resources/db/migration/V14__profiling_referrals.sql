-- Profiling: the qualitative profiling interview (R4), vulnerability indicators and referrals (R5, R26).

-- The administrators' lists: interview questions and vulnerability indicators. Rows are never deleted once an
-- answer, a marked indicator or a referral's reason may refer to them: they are retired instead.
create table profiling_item (
    id          uuid primary key,
    list        varchar(10)  not null check (list in ('QUESTION', 'INDICATOR')),
    code        varchar(40)  not null,
    label_it    varchar(500) not null,
    label_en    varchar(500) not null,
    source      varchar(10)  not null check (source in ('AREA', 'NATIONAL', 'CARD', 'LOCAL')),
    position    int          not null,
    retired     boolean      not null default false,
    version     bigint       not null default 0,
    unique (list, code)
);
create index profiling_item_list on profiling_item (list, position);

-- One interview per person, edited again whenever needed; the version guards concurrent edits.
create table profiling_interview (
    person_id            uuid primary key references person (id),
    centre_code          varchar(20),
    interview_date       date         not null,
    score                smallint check (score between 1 and 5),
    notes                text         not null default '',
    assessment_at        timestamptz,
    assessment_by        varchar(200),
    assessment_notes     varchar(2000),
    updated_at           timestamptz  not null,
    updated_by           varchar(200) not null,
    version              bigint       not null
);

create table profiling_answer (
    person_id    uuid not null references profiling_interview (person_id),
    question_id  uuid not null references profiling_item (id),
    answer       text not null,
    primary key (person_id, question_id)
);

create table profiling_marked_indicator (
    person_id     uuid not null references profiling_interview (person_id),
    indicator_id  uuid not null references profiling_item (id),
    primary key (person_id, indicator_id)
);

-- A referral to the social services (R5) or to another service (R26), and its steps.
create table referral (
    id              uuid primary key,
    person_id       uuid         not null references person (id),
    centre_code     varchar(20)  not null,
    kind            varchar(20)  not null check (kind in ('SOCIAL_SERVICES', 'OTHER_SERVICE')),
    service_name    varchar(200),
    recipient       varchar(300) not null,
    shared_data     varchar(300) not null default '',
    consent_given   boolean      not null default false,
    due_date        date,
    status          varchar(20)  not null
        check (status in ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ANSWERED', 'CLOSED', 'CANCELLED')),
    created_at      timestamptz  not null,
    created_on      date         not null,
    created_by      varchar(200) not null,
    sent_on         date,
    acknowledged_on date,
    answered_on     date,
    answer          varchar(4000),
    outcome_on      date,
    outcome         varchar(4000),
    cancelled_on    date,
    cancel_reason   varchar(2000),
    version         bigint       not null default 0,
    check (kind = 'SOCIAL_SERVICES' or service_name is not null),
    check (status = 'DRAFT' or status = 'CANCELLED' or (consent_given and sent_on is not null and due_date is not null))
);
create index referral_person on referral (person_id, created_at desc);
-- the centre's referrals awaiting an answer, most urgent first (worklist and the coordinator's list)
create index referral_awaiting on referral (centre_code, due_date) where status in ('SENT', 'ACKNOWLEDGED');
create index referral_centre on referral (centre_code, created_at desc);

-- The reasons, copied from the interview when the referral was written (the interview may change later).
create table referral_reason (
    referral_id  uuid          not null references referral (id),
    position     int           not null,
    source       varchar(10)   not null check (source in ('INDICATOR', 'ANSWER', 'TEXT')),
    source_id    uuid,
    text         varchar(4000) not null,
    primary key (referral_id, position)
);

-- Seed: the assessment areas of the card (phase 2 of the PSP interview, R7) and the national standard questions
-- (Delibera ANPAL 19/2018, R4).
insert into profiling_item (id, list, code, label_it, label_en, source, position) values
 ('6b0e6f1c-0001-4a00-8000-000000000001', 'QUESTION', 'NAT-EXPECTED-RESULT',
  'Quale risultato si aspetta dall’incontro?', 'What result do you expect from this meeting?', 'NATIONAL', 10),
 ('6b0e6f1c-0001-4a00-8000-000000000002', 'QUESTION', 'NAT-DIFFICULT-AREAS',
  'Quali aree legate al lavoro le creano più difficoltà?', 'Which work-related areas give you most difficulty?', 'NATIONAL', 20),
 ('6b0e6f1c-0001-4a00-8000-000000000003', 'QUESTION', 'NAT-WORK-SOUGHT',
  'Che tipo di lavoro cerca?', 'What kind of work are you looking for?', 'NATIONAL', 30),
 ('6b0e6f1c-0001-4a00-8000-000000000004', 'QUESTION', 'NAT-MARKET-INFO',
  'Desidera informazioni sul mercato del lavoro e sulle professioni che le interessano?',
  'Would you like information on the labour market and on the professions that interest you?', 'NATIONAL', 40),
 ('6b0e6f1c-0001-4a00-8000-000000000005', 'QUESTION', 'NAT-SEARCH-DIFFICULTIES',
  'Quali difficoltà ha incontrato nella ricerca di lavoro?', 'What difficulties have you met in your job search?', 'NATIONAL', 50),
 ('6b0e6f1c-0001-4a00-8000-000000000011', 'QUESTION', 'AREA-PROFILE',
  'Profilo professionale', 'Professional profile', 'AREA', 110),
 ('6b0e6f1c-0001-4a00-8000-000000000012', 'QUESTION', 'AREA-EXPERIENCE',
  'Qualità dell’esperienza posseduta rispetto all’obiettivo professionale',
  'Quality of experience against the professional goal', 'AREA', 120),
 ('6b0e6f1c-0001-4a00-8000-000000000013', 'QUESTION', 'AREA-TRAINING',
  'Qualità della formazione posseduta rispetto all’obiettivo professionale',
  'Quality of education and training against the professional goal', 'AREA', 130),
 ('6b0e6f1c-0001-4a00-8000-000000000014', 'QUESTION', 'AREA-AUTONOMY',
  'Autonomia e iniziativa nell’organizzare la ricerca del lavoro e nell’individuare fonti informative adeguate',
  'Autonomy and initiative in organising the job search and finding information sources', 'AREA', 140),
 ('6b0e6f1c-0001-4a00-8000-000000000015', 'QUESTION', 'AREA-SELF-PROMOTION',
  'Capacità di autoaffermazione e autopromozione', 'Self-assertion and self-promotion', 'AREA', 150),
 ('6b0e6f1c-0001-4a00-8000-000000000016', 'QUESTION', 'AREA-CONSTRAINTS',
  'Vincoli personali che possono condizionare la ricerca del lavoro',
  'Personal constraints that may affect the job search', 'AREA', 160),
 ('6b0e6f1c-0001-4a00-8000-000000000017', 'QUESTION', 'AREA-GOAL',
  'Definizione e chiarezza dell’obiettivo professionale', 'Definition and clarity of the professional goal', 'AREA', 170),
 ('6b0e6f1c-0001-4a00-8000-000000000018', 'QUESTION', 'AREA-MARKET',
  'Conoscenza e possesso di informazioni sul mercato del lavoro', 'Knowledge of the labour market', 'AREA', 180),
 ('6b0e6f1c-0001-4a00-8000-000000000019', 'QUESTION', 'AREA-METHOD',
  'Metodo per la ricerca del lavoro e piano con un elenco di imprese a cui candidarsi',
  'A job-search method and a plan with a target list of companies', 'AREA', 190),
 ('6b0e6f1c-0001-4a00-8000-000000000020', 'QUESTION', 'AREA-TOOLS',
  'Strumenti per promuovere la propria candidatura (curriculum, lettera di presentazione…)',
  'Tools to promote one’s application (CV, cover letter…)', 'AREA', 200);

-- Seed: indicators of a possible fragility profile (R5), from the weaker groups the card names (income-support
-- beneficiaries, disabled workers under L. 68/99, migrants and other fragilities) and the usual social signals.
insert into profiling_item (id, list, code, label_it, label_en, source, position) values
 ('6b0e6f1c-0002-4a00-8000-000000000001', 'INDICATOR', 'INCOME-SUPPORT',
  'Beneficiario di misure di sostegno al reddito', 'Receives income support', 'CARD', 10),
 ('6b0e6f1c-0002-4a00-8000-000000000002', 'INDICATOR', 'DISABILITY',
  'Disabilità o iscrizione al collocamento mirato (L. 68/99)', 'Disability or targeted placement (Law 68/99)', 'CARD', 20),
 ('6b0e6f1c-0002-4a00-8000-000000000003', 'INDICATOR', 'MIGRANT-LANGUAGE',
  'Migrante con difficoltà linguistiche o di inserimento', 'Migrant with language or integration difficulties', 'CARD', 30),
 ('6b0e6f1c-0002-4a00-8000-000000000004', 'INDICATOR', 'LONG-UNEMPLOYED',
  'Disoccupazione di lunga durata (oltre 12 mesi)', 'Long-term unemployment (over 12 months)', 'LOCAL', 40),
 ('6b0e6f1c-0002-4a00-8000-000000000005', 'INDICATOR', 'HOUSING',
  'Disagio abitativo', 'Housing hardship', 'LOCAL', 50),
 ('6b0e6f1c-0002-4a00-8000-000000000006', 'INDICATOR', 'ECONOMIC-HARDSHIP',
  'Grave difficoltà economica o debiti', 'Severe economic hardship or debt', 'LOCAL', 60),
 ('6b0e6f1c-0002-4a00-8000-000000000007', 'INDICATOR', 'CARE-BURDEN',
  'Carichi di cura familiari che limitano la disponibilità', 'Family care duties limiting availability', 'LOCAL', 70),
 ('6b0e6f1c-0002-4a00-8000-000000000008', 'INDICATOR', 'HEALTH-DEPENDENCY',
  'Problemi di salute o di dipendenza segnalati', 'Reported health or dependency problems', 'LOCAL', 80),
 ('6b0e6f1c-0002-4a00-8000-000000000009', 'INDICATOR', 'ISOLATION',
  'Isolamento sociale o assenza di una rete di supporto', 'Social isolation or no support network', 'LOCAL', 90),
 ('6b0e6f1c-0002-4a00-8000-000000000010', 'INDICATOR', 'LOW-SKILLS',
  'Bassa scolarizzazione o difficoltà di lettura e scrittura', 'Low schooling or reading and writing difficulties', 'LOCAL', 100),
 ('6b0e6f1c-0002-4a00-8000-000000000011', 'INDICATOR', 'JUSTICE',
  'Persona sottoposta a provvedimenti dell’autorità giudiziaria', 'Subject to measures of the judicial authority', 'LOCAL', 110);
