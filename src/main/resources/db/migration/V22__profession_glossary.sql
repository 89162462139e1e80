-- The professions glossary (issue 4 §1): full-text search of the ISTAT CP2011 unità professionali (fifth level) with
-- Italian stemming, accents and case ignored, synonyms (seeded job titles and those administrators add), by code.
create extension if not exists unaccent;

-- unaccent() is only STABLE (it reads its dictionary); pinning the dictionary makes it safe to index.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Synonyms of a profession: ordinary job titles ("badante", "programmatore") that the classification's titles do
-- not use. SEED rows ship with Orienta; ADMIN rows are added by administrators (audited).
create table profession_synonym (
    id              uuid primary key,
    profession_code varchar(20)  not null,
    term            varchar(100) not null,
    source          varchar(10)  not null check (source in ('SEED', 'ADMIN')),
    created_at      timestamptz  not null,
    created_by      varchar(200) not null
);
create unique index profession_synonym_once on profession_synonym (profession_code, lower(f_unaccent(term)));

-- One row per current fifth-level profession: its title, the titles above it (top down), the weighted search
-- document (A title, B synonyms, C the unit's category title, D the definition) and the normalised synonyms for an
-- exact-synonym boost; head is the title and synonyms only, the small vector the ranking reads (a definition's word
-- makes a unit match, never rank). Rebuilt by profession_search_refresh() after each import and each synonym change (800 rows).
create table profession_search (
    code      varchar(20)  primary key,
    title     varchar(500) not null,
    path      text[]       not null,
    doc       tsvector     not null,
    head      tsvector     not null,
    synonyms  text[]       not null
);
create index profession_search_doc on profession_search using gin (doc);

create or replace function profession_search_refresh() returns void
    language sql
as $$
    delete from profession_search;
    insert into profession_search (code, title, path, doc, head, synonyms)
    select r.code,
           r.display,
           array(select p.display from reference_code p
                  where p.code_system = 'PROFESSION' and p.level < 5 and r.code like p.code || '.%'
                  order by p.level),
           setweight(to_tsvector('italian', f_unaccent(r.display)), 'A')
               || setweight(to_tsvector('italian', f_unaccent(coalesce(s.terms, ''))), 'B')
               || setweight(to_tsvector('italian', f_unaccent(coalesce(c.display, ''))), 'C')
               || setweight(to_tsvector('italian', f_unaccent(coalesce(r.definition, ''))), 'D'),
           setweight(to_tsvector('italian', f_unaccent(r.display)), 'A')
               || setweight(to_tsvector('italian', f_unaccent(coalesce(s.terms, ''))), 'B'),
           coalesce(s.list, '{}')
      from reference_code r
      left join reference_code c on c.code_system = 'PROFESSION' and c.code = r.parent_code
      left join (select profession_code,
                        string_agg(term, ' ') as terms,
                        array_agg(trim(regexp_replace(lower(f_unaccent(term)), '[^a-z0-9]+', ' ', 'g'))) as list
                   from profession_synonym group by profession_code) s on s.profession_code = r.code
     where r.code_system = 'PROFESSION' and r.level = 5 and not r.retired;
$$;

-- Common job titles people say at the desk, each to the unit the CPI operators would choose. The CP2011 XML that
-- Orienta imports carries titles and definitions but not ISTAT's list of example titles, so these stand in for it.
insert into profession_synonym (id, profession_code, term, source, created_at, created_by)
select gen_random_uuid(), v.code, v.term, 'SEED', now(), 'Orienta'
  from (values
    ('5.4.4.3.0', 'badante'), ('5.4.4.3.0', 'assistente familiare'), ('5.4.4.3.0', 'assistente domiciliare'),
    ('5.4.4.3.0', 'assistenza anziani'),
    ('8.2.2.1.0', 'colf'), ('8.2.2.1.0', 'collaboratrice domestica'), ('8.2.2.1.0', 'domestica'),
    ('5.4.4.2.0', 'baby sitter'), ('5.4.4.2.0', 'babysitter'),
    ('5.2.2.3.2', 'cameriere'), ('5.2.2.3.2', 'cameriera'), ('5.2.2.3.2', 'cameriere di sala'),
    ('5.2.2.3.2', 'chef de rang'), ('5.2.2.3.2', 'commis di sala'),
    ('5.2.2.3.1', 'cameriera ai piani'), ('5.2.2.3.1', 'governante d''albergo'),
    ('5.2.2.4.0', 'barista'), ('5.2.2.4.0', 'barman'), ('5.2.2.4.0', 'bartender'),
    ('5.2.2.1.0', 'cuoco'), ('5.2.2.1.0', 'cuoca'), ('5.2.2.1.0', 'chef'), ('5.2.2.1.0', 'aiuto cuoco'),
    ('5.2.2.1.0', 'pizzaiolo'),
    ('8.1.4.2.0', 'lavapiatti'), ('8.1.4.2.0', 'aiuto cucina'),
    ('3.1.2.1.0', 'programmatore'), ('3.1.2.1.0', 'programmatrice'), ('3.1.2.1.0', 'sviluppatore'),
    ('3.1.2.1.0', 'developer'), ('3.1.2.1.0', 'coder'),
    ('2.1.1.4.1', 'sviluppatore software'), ('2.1.1.4.1', 'software engineer'),
    ('2.1.1.4.3', 'web developer'), ('2.1.1.4.3', 'sviluppatore web'),
    ('6.2.1.7.0', 'saldatore'), ('6.2.1.7.0', 'saldatore a filo'), ('6.2.1.7.0', 'saldatore tig'),
    ('6.2.1.2.0', 'saldatore a fiamma'), ('6.2.1.2.0', 'tagliatore a fiamma'),
    ('6.1.2.1.0', 'muratore'), ('8.4.2.1.0', 'manovale'), ('8.4.2.1.0', 'manovale edile'),
    ('6.1.3.7.0', 'elettricista'), ('6.1.3.6.1', 'idraulico'), ('6.1.2.3.0', 'carpentiere'),
    ('6.5.2.2.2', 'falegname'),
    ('4.3.1.2.0', 'magazziniere'), ('8.1.3.2.0', 'addetto al magazzino'), ('8.1.3.2.0', 'picker'),
    ('7.4.4.4.0', 'carrellista'), ('7.4.4.4.0', 'mulettista'),
    ('8.1.3.1.0', 'facchino'),
    ('5.1.2.2.0', 'commesso'), ('5.1.2.2.0', 'commessa'), ('5.1.2.2.0', 'addetto alle vendite'),
    ('5.1.2.2.0', 'scaffalista'),
    ('5.1.2.4.0', 'cassiere'), ('5.1.2.4.0', 'cassiera'),
    ('7.4.2.3.0', 'camionista'), ('7.4.2.3.0', 'autotrasportatore'), ('7.4.2.3.0', 'autista patente c'),
    ('7.4.2.1.0', 'autista'), ('7.4.2.1.0', 'corriere'), ('7.4.2.1.0', 'tassista'),
    ('8.1.4.3.0', 'addetto alle pulizie'), ('8.1.4.3.0', 'addetta alle pulizie'),
    ('8.1.4.1.0', 'addetto pulizie camere'),
    ('4.2.2.1.0', 'receptionist'), ('4.2.2.1.0', 'centralinista'), ('4.2.2.2.0', 'portiere d''albergo'),
    ('4.2.2.4.0', 'operatore call center'),
    ('3.2.1.1.1', 'infermiere'), ('3.2.1.1.1', 'infermiera'),
    ('5.3.1.1.0', 'oss'), ('5.3.1.1.0', 'operatore socio sanitario'),
    ('3.3.1.1.1', 'segretaria'), ('3.3.1.1.1', 'segretario'),
    ('4.3.2.1.0', 'impiegato contabile'), ('3.3.1.2.1', 'ragioniere'),
    ('5.4.3.1.0', 'parrucchiere'), ('5.4.3.1.0', 'parrucchiera'), ('5.4.3.1.0', 'barbiere'),
    ('5.4.3.2.0', 'estetista'),
    ('6.4.1.3.1', 'giardiniere'), ('6.4.1.1.0', 'bracciante agricolo'),
    ('6.2.3.1.1', 'meccanico'), ('6.2.3.1.1', 'meccanico auto'),
    ('6.5.1.2.1', 'fornaio'), ('6.5.1.3.1', 'pasticcere'),
    ('5.4.8.6.0', 'guardia giurata'), ('5.4.8.6.0', 'vigilante')
  ) as v(code, term);

select profession_search_refresh();
