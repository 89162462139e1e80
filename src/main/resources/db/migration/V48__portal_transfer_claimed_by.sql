-- Which worker (node/start) made a transfer's last attempt (issue 12): with several nodes draining the outbox, an
-- operations team can tell where a transfer was sent from, and the two-node proof that both nodes took part.
alter table portal_transfer add column claimed_by varchar(200);
