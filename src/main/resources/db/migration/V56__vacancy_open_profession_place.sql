-- Vacancies#open at 30,000 open vacancies (issue 13, docs/performance.md "Issue 13 — scouting at 200,000 persons"):
-- a person's search asks for the 300 most recent open vacancies of a few fifth-level units within a province or a
-- municipality. With V49's single-column indexes PostgreSQL either took every open vacancy of the province and read
-- each row to filter the unit (1,975 rows and 1,345 table pages for 435 that fit), or walked every vacancy in
-- publication order until it had 300 (5,000 to 26,000 rows read). This index holds the unit, the places and the
-- expiry, and carries the publication date and id: the ids of the 300 most recent that fit come from it alone, and
-- only their rows are read.
create index vacancy_open_profession_place on vacancy (profession_code, province_code, municipality_code, expiry_date)
    include (publication_date, id)
    where status = 'OPEN';
