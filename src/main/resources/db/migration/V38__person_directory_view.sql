-- The person module's published contract for SQL readers in other modules (issue 11): the registry's identity and
-- contacts, one row per person. Other modules join this view, never the table person; the person module may change
-- its tables as long as the view keeps these columns and their meaning. Used by the occupation module's extraction;
-- the portal module reads persons through it too.
create view person_directory_v as
select id,
       tax_code,
       last_name,
       first_name,
       birth_date,
       residence_municipality_code,
       email,
       mobile_phone,
       created_at
  from person;
