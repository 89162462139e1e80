-- Once only (issue 14): a pathway closed as "referred to another service" cites the referral already recorded
-- instead of retyping it. referred_to keeps the service's name (copied from the referral, or typed when none fits),
-- so the outcomes recorded before this migration read as they did.
alter table pathway_outcome add column referral_id uuid references referral (id);
create index pathway_outcome_referral on pathway_outcome (referral_id) where referral_id is not null;
