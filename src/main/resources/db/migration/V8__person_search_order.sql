-- Name search (PersonService.search) returns the first page of matches in search_name order. With only the
-- pattern and trigram indexes PostgreSQL fetches every match of a common fragment ("ros": some ten thousand rows of
-- 200,000) and sorts them to keep twenty. This index lets it walk the names in order, test the conditions on the
-- index entries themselves (index-only: the columns the result shows are included) and stop at the page.
-- See docs/performance.md.
create index person_search_name_order on person (search_name, id)
    include (search_name_reversed, tax_code, first_name, last_name, birth_date, residence_municipality_code);
