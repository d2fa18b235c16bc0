-- The organiser's review of the matches the solver suggests, and their publication to participants.

-- One row per match an organiser decided about; a match without a row is still proposed. Goes with
-- its match when the solver replaces an event's matches.
create table match_review (
    id          uuid        primary key references actor_match (id) on delete cascade,
    decision    text        not null check (decision in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decided_by  text,
    decided_at  timestamptz,
    version     int         not null check (version >= 1),
    updated_by  text,
    updated_at  timestamptz not null default now()
);

-- An event's matches are published once; participants then see those not rejected.
create table match_publication (
    event_id     uuid        primary key references regional_event (id) on delete cascade,
    published_by text        not null,
    published_at timestamptz not null,
    match_count  int         not null check (match_count >= 0)
);
