-- The notification outbox on the portal's pattern (issue 12, ADR 0025): each delivery row (one per message and
-- channel) is claimed by one worker of one node for a lease; the outcome is written only while the lease holds,
-- and a lease left by a killed node expires so that another node takes the row again.
alter table notification_delivery
    add column claimed_by  text,
    add column lease_until timestamptz;

-- the workers' claim: due pending deliveries, oldest first
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'PENDING';
