-- Once only (issue 14, ADR 0037): the ten areas of PSP phase 2 are answered once, in the PSP, and qualitative
-- profiling shows them. agreement publishes them as a view: for each person, the areas of the current PSP (the draft
-- being written if any, else the version in force), once its phase 2 was saved.
create view agreement_phase2_area_v as
select a.person_id,
       a.id as agreement_id,
       a.number,
       a.status,
       a.phase2_saved_at,
       r.area,
       r.rating,
       r.notes
  from agreement a
  join agreement_area r on r.agreement_id = a.id
 where a.phase2_saved_at is not null
   and (a.status = 'DRAFT'
        or (a.status = 'SIGNED'
            and not exists (select 1 from agreement d where d.person_id = a.person_id and d.status = 'DRAFT')));
