-- The occupation module's published contract for SQL readers in other modules (issue 12): the extraction moved to
-- a module of its own and reads desired occupations and availability through these views, never the tables. The
-- occupation module may change its tables as long as the views keep these columns and their meaning.
create view desired_occupation_v as
select id,
       person_id,
       profession_code,
       from_work,
       from_education,
       from_training,
       interview_date,
       sep_sector,
       specific_skills,
       experience_years,
       last_year_worked,
       formal_learning,
       formal_learning_detail,
       licences_tools,
       other_info,
       centre_code,
       created_at
  from desired_occupation;

create view person_availability_v as
select person_id,
       hours,
       willing_to_travel,
       transport
  from person_availability;
