-- The login throttle shared by every node (issue 12, ADR 0022): failed logins per lower-cased username within a
-- window of orienta.security.lockout, and the lock they caused. Written by one atomic upsert per failure
-- (organisation.LoginThrottle); a row whose window and lock are both over is reset by the next failure, deleted by a
-- success, and pruned by any later failure, so the table holds only the last few minutes' attempts.
create table login_throttle
(
    username     varchar(100) primary key,
    failures     int          not null check (failures > 0),
    window_start timestamptz  not null,
    locked_until timestamptz
);

-- the prune walks the oldest windows first
create index login_throttle_window on login_throttle (window_start);
