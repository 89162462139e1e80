-- Messages to persons (ADR 0007): the outbox of messages, one delivery per channel, and the local mailbox that
-- stands in for the SMTP server and the SMS gateway on the embedded default.

create table notification_message (
    id          uuid primary key,
    person_id   uuid        not null,
    centre_code text,
    -- what makes two requests the same message (appointment:<id>:convocation …): a repeated send is a no-op
    dedup_key   text        not null unique,
    subject_key text        not null,
    body_key    text        not null,
    args        text[]      not null,
    locale      text        not null,
    subject     text        not null,
    body        text        not null,
    sms_text    text        not null,
    -- QUEUED (deliveries pending), SENT (reached on at least one channel), UNDELIVERABLE
    status      text        not null,
    reason      text,
    queued_at   timestamptz not null,
    settled_at  timestamptz,
    queued_by   text        not null
);
create index notification_message_person_idx on notification_message (person_id, queued_at desc);
-- the home page: a centre's messages that became undeliverable lately
create index notification_message_undeliverable_idx on notification_message (centre_code, settled_at desc)
    where status = 'UNDELIVERABLE';

create table notification_delivery (
    id              uuid primary key,
    message_id      uuid        not null references notification_message (id),
    channel         text        not null,
    -- PENDING (to try, at next_attempt_at), SENT, FAILED (given up, with last_error)
    status          text        not null,
    address         text,
    attempts        int         not null default 0,
    last_error      text,
    last_attempt_at timestamptz,
    next_attempt_at timestamptz,
    sent_at         timestamptz,
    unique (message_id, channel)
);
create index notification_delivery_status_idx on notification_delivery (status, last_attempt_at desc);

-- what the local mailbox (e-mail) and the in-app SMS gateway simulator received; reference = the delivery's id,
-- unique, so a delivery repeated after a crash is stored once
create table notification_mailbox (
    id          uuid primary key,
    reference   text        not null unique,
    channel     text        not null,
    recipient   text        not null,
    subject     text,
    body        text        not null,
    received_at timestamptz not null
);
create index notification_mailbox_received_idx on notification_mailbox (received_at desc, id desc);
