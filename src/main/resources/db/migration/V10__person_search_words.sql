-- Name search, second part (PersonService.search): after the names that start with the text come the names with a
-- word that starts with each word of the text ("rossi" finds "De Rossi Mario", "mar ros" finds "Rossi Mario").
-- The pg_trgm 'contains anywhere' query it replaces cost 20–40 ms for rare surnames at 200,000 persons; a GIN
-- index on the words answers a word-prefix query from its sorted entries in about a millisecond.
-- See docs/performance.md.
alter table person add column search_words tsvector generated always as (to_tsvector('simple', search_name)) stored;
create index person_search_words on person using gin (search_words);
drop index person_search_name_trgm;
