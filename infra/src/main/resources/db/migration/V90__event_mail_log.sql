-- Issue 12 item 6: the organiser sees the mail each publication of an event sent: when, what
-- (matches or a seating plan version), to whom, and whether the mail server took each mail.
create table event_mail_log (
    id           bigserial   primary key,
    event_id     uuid        not null references regional_event (id) on delete cascade,
    kind         text        not null check (kind in ('MATCHES', 'SCHEDULE')),
    plan_version int         check (plan_version is null or plan_version > 0),
    sent_at      timestamptz not null,
    sent_by      text        not null
);
create index event_mail_log_event on event_mail_log (event_id, sent_at desc);

create table event_mail_recipient (
    log_id   bigint  not null references event_mail_log (id) on delete cascade,
    actor_id uuid    not null references actor (id) on delete cascade,
    sent     boolean not null,
    primary key (log_id, actor_id)
);
