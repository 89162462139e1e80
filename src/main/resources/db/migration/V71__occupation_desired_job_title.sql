-- Issue 14: the person's own name for the job they look for, free text and optional, shown in the CV above the
-- ISTAT unit. The published view desired_occupation_v keeps its columns (the extraction does not send it).
alter table desired_occupation add column job_title varchar(200);
