-- The region's read-only monitoring role (ADR 0017): figures across centres, no case data, no writes.
alter table operator_role drop constraint operator_role_role_check;
alter table operator_role add constraint operator_role_role_check
    check (role in ('OPERATOR', 'COORDINATOR', 'ADMIN', 'MATCHING_OPERATOR', 'REGIONAL'));
