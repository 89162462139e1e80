-- The record-access policy (ADR 0017): a read made under an exceptional access carries its reason; the owning
-- centre's coordinator lists the accesses to their persons by other centres.
alter table audit_entry add column exceptional_reason text;
create index audit_entry_exceptional on audit_entry (occurred_at desc) where exceptional_reason is not null;
create index audit_entry_centre on audit_entry (centre_code, occurred_at desc);
