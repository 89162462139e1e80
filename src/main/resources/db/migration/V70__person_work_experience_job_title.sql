-- Issue 14: the person's own name for a job they held ("Contabile", "Impiegata amministrativa"), free text and
-- optional, shown in the CV above the ISTAT unit, whose titles are plural category names ("Addetti alla contabilità").
alter table person_work_experience add column job_title varchar(200);
