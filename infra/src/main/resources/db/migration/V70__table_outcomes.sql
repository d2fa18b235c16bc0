-- Issue 18: what each round table found in each round, its proposed next steps, and comments.
create table table_outcome (
    id                 uuid        primary key,
    event_id           uuid        not null references regional_event (id) on delete cascade,
    round_id           uuid        not null references event_round (id),
    table_id           uuid        not null references event_table (id),
    challenge_id       uuid        references challenge (id) on delete set null,
    common_third       text,
    affected           text,
    cannot_solve_alone text,
    ideas              text,
    recorded_by        uuid        not null references actor (id),
    confirmed_by       uuid        references actor (id),
    confirmed_at       timestamptz,
    version            int         not null check (version >= 1),
    updated_by         text,
    updated_at         timestamptz not null default now(),
    unique (event_id, round_id, table_id),
    check ((confirmed_by is null) = (confirmed_at is null))
);

create table table_outcome_step (
    id                 uuid primary key,
    outcome_id         uuid not null references table_outcome (id) on delete cascade,
    ordinal            int  not null,
    what               text not null,
    owner_actor_id     uuid references actor (id),
    owner_organisation text,
    due_date           date not null,
    joining            text,
    status             text not null check (status in ('NOT_STARTED', 'UNDER_WAY', 'DONE', 'DROPPED')),
    check ((owner_actor_id is null) <> (owner_organisation is null))
);
create index table_outcome_step_owner on table_outcome_step (owner_actor_id);

create table table_outcome_comment (
    id         uuid        primary key,
    outcome_id uuid        not null references table_outcome (id) on delete cascade,
    ordinal    int         not null,
    author_id  uuid        not null references actor (id),
    body       text        not null,
    written_at timestamptz not null
);

-- The table secretary an organiser names for a table in a round (records instead of, or besides, the host).
create table table_secretary (
    event_id uuid not null references regional_event (id) on delete cascade,
    round_id uuid not null references event_round (id) on delete cascade,
    table_id uuid not null references event_table (id) on delete cascade,
    actor_id uuid not null references actor (id) on delete cascade,
    primary key (event_id, round_id, table_id)
);
