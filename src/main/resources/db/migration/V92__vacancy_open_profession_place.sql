-- Vacancies#open at 30,000 open vacancies (issue 13, docs/performance.md "Issue 13 — scouting at 200,000 persons"):
-- a person's search asks for a few fifth-level units within a province or a municipality. With V49's single-column
-- indexes PostgreSQL took every open vacancy of the province (or of the unit) and read each row from the table to
-- filter the other column: 1,975 rows and 1,345 table pages for 435 that fit. This index holds both columns (and the
-- municipality and expiry, checked inside it), so only the vacancies that fit are read.
create index vacancy_open_profession_place on vacancy (profession_code, province_code, municipality_code, expiry_date)
    where status = 'OPEN';
