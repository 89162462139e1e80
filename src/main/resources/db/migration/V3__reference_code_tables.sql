create extension if not exists pg_trgm;

create table reference_code
(
    code_system varchar(20)  not null check (code_system in ('PROFESSION', 'EDUCATION_TITLE', 'MUNICIPALITY', 'COUNTRY')),
    code        varchar(20)  not null,
    display     varchar(500) not null,
    definition  text,
    parent_code varchar(20),
    level       smallint     not null default 1,
    province    varchar(2),
    belfiore    varchar(4),
    continent   varchar(5),
    retired     boolean      not null default false,
    search_text text         not null,
    updated_at  timestamp with time zone not null,
    primary key (code_system, code)
);
create index reference_code_search on reference_code using gin (search_text gin_trgm_ops);

create table sep_sector
(
    code    int          not null check (code between 1 and 99),
    edition varchar(10)  not null,
    label   varchar(200) not null,
    primary key (edition, code)
);

-- The 24 economic-professional sectors of the Atlante del Lavoro (INAPP), 2022 edition.
insert into sep_sector (code, edition, label) values
    (1, '2022', 'Agricoltura, silvicoltura e pesca'),
    (2, '2022', 'Produzioni alimentari'),
    (3, '2022', 'Legno e arredo'),
    (4, '2022', 'Carta e cartotecnica'),
    (5, '2022', 'Tessile, abbigliamento, calzaturiero e sistema moda'),
    (6, '2022', 'Chimica'),
    (7, '2022', 'Estrazione gas, petrolio, carbone, minerali e lavorazione pietre'),
    (8, '2022', 'Vetro, ceramica e materiali da costruzione'),
    (9, '2022', 'Edilizia'),
    (10, '2022', 'Meccanica, produzione e manutenzione di macchine, impiantistica'),
    (11, '2022', 'Trasporti e logistica'),
    (12, '2022', 'Servizi di distribuzione commerciale'),
    (13, '2022', 'Servizi finanziari e assicurativi'),
    (14, '2022', 'Servizi digitali'),
    (15, '2022', 'Servizi di telecomunicazione e poste'),
    (16, '2022', 'Servizi di public utilities'),
    (17, '2022', 'Stampa ed editoria'),
    (18, '2022', 'Servizi di educazione, formazione e lavoro'),
    (19, '2022', 'Servizi socio-sanitari'),
    (20, '2022', 'Servizi alla persona'),
    (21, '2022', 'Servizi di attività ricreative e sportive'),
    (22, '2022', 'Servizi culturali e di spettacolo'),
    (23, '2022', 'Servizi turistici'),
    (24, '2022', 'Area comune (processi di supporto alla produzione di beni e servizi)');
