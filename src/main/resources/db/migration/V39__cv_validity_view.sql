-- The cv module's published contract for SQL readers in other modules (issue 11): the person's current CV (not
-- deleted) with the first day it is obsolete, and the validity rule (R20) once, as a function of the day asked for.
-- A CV saved on day D is obsolete from obsolete_from (art. 2963 c.c., six months, computed by the cv module when it
-- is saved); it is VALID on every day before, OBSOLETE from that day on. The Java twin of cv_state is
-- it.orienta.cv.Cv#obsolete. The occupation module's extraction joins these instead of the table cv.
create view cv_validity_v as
select person_id,
       id as cv_id,
       obsolete_from
  from cv
 where is_current
   and deleted_at is null;

create function cv_state(obsolete_from date, on_day date) returns varchar
    language sql
    immutable
as $$
select case when obsolete_from > on_day then 'VALID' else 'OBSOLETE' end
$$;
