-- The participant workspace: invitation links, answers to matches, declined pairs, the coffee
-- chat's proposed times and shared understanding, calendar subscriptions, the mail outbox of the
-- embedded demo, and who may be found in the coffee-chat directory.

-- Invitation links handed out to people (by organisers or the demo). Only a hash of the token is
-- kept, so a copy of the database does not let anyone register in someone else's name.
create table participant_invitation (
    token_hash  char(64)    primary key,
    event_id    uuid        references regional_event (id) on delete cascade,
    actor_id    uuid        references actor (id) on delete cascade,
    email       text        not null check (email = lower(email)),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);

-- What each of the two people answered to a published match. Deleted with the match when the
-- solver replaces an event's matches; the declined pair below outlives that.
create table match_response (
    match_id    uuid        not null references actor_match (id) on delete cascade,
    actor_id    uuid        not null references actor (id) on delete cascade,
    response    text        not null check (response in ('ACCEPTED', 'DECLINED')),
    answered_at timestamptz not null default now(),
    primary key (match_id, actor_id)
);

-- A pair one of them declined is never proposed again, whatever event. Stored in the order
-- the domain's ActorPair gives (Java's UUID order, which is not PostgreSQL's).
create table declined_pair (
    actor_low   uuid        not null references actor (id) on delete cascade,
    actor_high  uuid        not null references actor (id) on delete cascade,
    declined_at timestamptz not null default now(),
    primary key (actor_low, actor_high),
    check (actor_low <> actor_high)
);

-- The coffee chat's arrangement: the times and place on the table (by whom), the challenge when
-- the common third is a challenge rather than a theme, and who confirmed the summary.
create table coffee_chat_arrangement (
    coffee_chat_id uuid      primary key references coffee_chat (id) on delete cascade,
    proposed_by    uuid      not null references actor (id) on delete cascade,
    proposed_times timestamp[] not null,
    proposed_place text      not null,
    challenge_id   uuid      references challenge (id) on delete set null,
    confirmed_by   uuid[]    not null default '{}'
);

-- One private calendar subscription per participant; the token itself is never stored.
create table calendar_subscription (
    actor_id    uuid        primary key references actor (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null default now()
);

-- Mails of the embedded demo (no SMTP server configured) land here so the demo can show them.
create table mail_outbox (
    id              uuid        primary key,
    recipient       text        not null,
    subject         text        not null,
    body            text        not null,
    attachment_name text,
    attachment      bytea,
    sent_at         timestamptz not null default now()
);
create index mail_outbox_recipient on mail_outbox (recipient);

-- People who let anyone at the events invite them to a coffee chat, not only their matches.
create table coffee_chat_directory (
    actor_id uuid primary key references actor (id) on delete cascade
);
