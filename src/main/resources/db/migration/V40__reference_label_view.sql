-- The reference module's published contract for SQL readers in other modules (issue 11): the label of every code
-- of the code systems (professions, municipalities with their province, education titles, countries), retired ones
-- included so that stored codes keep their label. Other modules join this view, never the table reference_code.
-- Used by the occupation module (desired occupations' profession titles, the extraction's municipality names).
create view reference_label_v as
select code_system,
       code,
       display,
       province,
       retired
  from reference_code;
