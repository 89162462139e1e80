-- Name search (PersonService.search) reads prefixes of search_name and search_name_reversed in order and stops at
-- the page. Under the database's default collation (C.UTF-8 in the embedded default, a linguistic one elsewhere)
-- PostgreSQL cannot turn "like 'vit%'" into a range of the V8 index: it walked the index from the first name in
-- the alphabet, up to 56 ms at 200,000 persons for a prefix late in it. The names are normalised to lower-case
-- letters, digits and spaces, so byte order ("C") is alphabetical order: with these indexes and the queries'
-- `collate "C"` a prefix is an index range, read index-only (the columns shown are included).
-- See docs/performance.md.
create index person_search_name_c on person ((search_name collate "C"), id)
    include (tax_code, first_name, last_name, birth_date, residence_municipality_code);
create index person_search_name_reversed_c on person ((search_name_reversed collate "C"), id)
    include (search_name, tax_code, first_name, last_name, birth_date, residence_municipality_code);
drop index person_search_name_order;
drop index person_search_name;
drop index person_search_name_reversed;
