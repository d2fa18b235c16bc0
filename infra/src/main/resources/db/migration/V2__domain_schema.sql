-- Fellesgrunn domain: reference data, organisations, actors, challenges, regional events,
-- registrations, plans and coffee chats. Every aggregate an organiser edits has an integer
-- "version" for optimistic locking, and updated_by/updated_at so a refused stale edit can say who
-- changed it. Ids are UUIDs made in the domain.

create table county (
    code char(2) primary key check (code ~ '^[0-9]{2}$'),
    name text not null unique
);

create table municipality (
    number char(4) primary key check (number ~ '^[0-9]{4}$'),
    name text not null,
    county_code char(2) not null references county (code),
    -- The county is the first two digits of the municipality number.
    check (substr(number, 1, 2) = county_code)
);

create table sdg_goal (
    number int primary key check (number between 1 and 17),
    name_nb text not null,
    name_en text not null
);

create table theme (
    key text primary key check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_nb text not null,
    name_en text not null,
    curated boolean not null,
    version int not null default 1 check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now()
);
create unique index theme_name_nb_unique on theme (lower(name_nb));

create table theme_sdg_goal (
    theme_key text not null references theme (key) on delete cascade,
    goal int not null references sdg_goal (number),
    primary key (theme_key, goal)
);

create table organisation (
    id uuid primary key,
    name text not null check (length(name) between 1 and 200),
    org_number char(9) unique check (org_number ~ '^[0-9]{9}$'),
    sector text not null check (sector in ('MUNICIPALITY', 'COUNTY', 'STATE', 'BUSINESS', 'VOLUNTARY',
                                           'SOCIAL_ENTREPRENEUR', 'RESEARCH')),
    municipality_number char(4) not null references municipality (number),
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now()
);
create index organisation_lower_name on organisation (lower(name));

create table actor (
    id uuid primary key,
    name text not null check (length(name) between 1 and 200),
    -- Stored normalised (trimmed, lower case) by the domain; the check keeps it so.
    email text not null unique check (email = lower(email) and email like '%_@_%'),
    phone text,
    organisation_id uuid references organisation (id),
    role_title text,
    home_municipality char(4) not null references municipality (number),
    languages text[] not null default '{}',
    accessibility_needs text,
    show_email boolean not null default false,
    show_phone boolean not null default false,
    show_organisation boolean not null default false,
    user_account_id uuid unique references user_account (id) on delete set null,
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now()
);
create index actor_organisation on actor (organisation_id);

create table actor_theme (
    actor_id uuid not null references actor (id) on delete cascade,
    theme_key text not null references theme (key),
    priority int not null check (priority >= 1),
    primary key (actor_id, theme_key),
    unique (actor_id, priority)
);

create table actor_perspective (
    actor_id uuid not null references actor (id) on delete cascade,
    perspective text not null check (perspective in ('DRIVER', 'CREATIVE', 'LIVED_EXPERIENCE', 'DECISION_MAKER')),
    primary key (actor_id, perspective)
);

create table challenge (
    id uuid primary key,
    title text not null check (length(title) between 1 and 200),
    description text,
    owner_municipality char(4) not null references municipality (number),
    host_actor_id uuid references actor (id),
    status text not null check (status in ('DRAFT', 'SUBMITTED', 'SELECTED', 'IN_PROGRESS', 'FOLLOWED_UP', 'WITHDRAWN')),
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now()
);
create unique index challenge_title_owner on challenge (lower(title), owner_municipality);

create table challenge_theme (
    challenge_id uuid not null references challenge (id) on delete cascade,
    theme_key text not null references theme (key),
    primary key (challenge_id, theme_key)
);

create table challenge_perspective (
    challenge_id uuid not null references challenge (id) on delete cascade,
    perspective text not null check (perspective in ('DRIVER', 'CREATIVE', 'LIVED_EXPERIENCE', 'DECISION_MAKER')),
    primary key (challenge_id, perspective)
);

create table challenge_status_change (
    challenge_id uuid not null references challenge (id) on delete cascade,
    seq int not null check (seq >= 1),
    from_status text,
    to_status text not null,
    changed_at timestamptz not null,
    changed_by text not null,
    primary key (challenge_id, seq)
);

create table regional_event (
    id uuid primary key,
    name text not null unique check (length(name) between 1 and 200),
    event_date date not null,
    venue_name text not null,
    venue_address text,
    venue_municipality char(4) not null references municipality (number),
    registration_opens date not null,
    registration_closes date not null,
    status text not null check (status in ('PLANNING', 'REGISTRATION_OPEN', 'SCHEDULED', 'PUBLISHED', 'HELD', 'CLOSED')),
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now(),
    check (registration_opens <= registration_closes and registration_closes <= event_date)
);

create table event_county (
    event_id uuid not null references regional_event (id) on delete cascade,
    county_code char(2) not null references county (code),
    primary key (event_id, county_code)
);

create table event_organiser (
    event_id uuid not null references regional_event (id) on delete cascade,
    actor_id uuid not null references actor (id),
    primary key (event_id, actor_id)
);

create table event_round (
    id uuid primary key,
    event_id uuid not null references regional_event (id) on delete cascade,
    number int not null check (number >= 1),
    starts_at timestamp not null,
    ends_at timestamp not null check (ends_at > starts_at),
    -- Deferred so that rounds can be renumbered in place (registrations and seats point at ids).
    unique (event_id, number) deferrable initially deferred
);

create table event_room (
    id uuid primary key,
    event_id uuid not null references regional_event (id) on delete cascade,
    ordinal int not null,
    name text not null,
    unique (event_id, ordinal) deferrable initially deferred
);

create table event_table (
    id uuid primary key,
    room_id uuid not null references event_room (id) on delete cascade,
    ordinal int not null,
    label text not null,
    capacity int not null check (capacity > 0),
    accessible boolean not null,
    unique (room_id, ordinal) deferrable initially deferred
);

create table event_challenge (
    event_id uuid not null references regional_event (id) on delete cascade,
    challenge_id uuid not null references challenge (id),
    ordinal int not null,
    min_rounds int not null check (min_rounds >= 1),
    max_rounds int not null,
    primary key (event_id, challenge_id),
    check (max_rounds >= min_rounds)
);

create table registration (
    id uuid primary key,
    event_id uuid not null references regional_event (id) on delete cascade,
    actor_id uuid not null references actor (id),
    needs_accessible_table boolean not null,
    venue_needs text,
    status text not null check (status in ('INVITED', 'REGISTERED', 'CANCELLED', 'ATTENDED')),
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now(),
    unique (event_id, actor_id)
);
create index registration_actor on registration (actor_id);

create table registration_round (
    registration_id uuid not null references registration (id) on delete cascade,
    round_id uuid not null references event_round (id) on delete cascade,
    primary key (registration_id, round_id)
);

create table registration_wish (
    registration_id uuid not null references registration (id) on delete cascade,
    rank int not null check (rank >= 1),
    challenge_id uuid not null references challenge (id),
    primary key (registration_id, rank),
    unique (registration_id, challenge_id)
);

create table plan_version (
    id uuid primary key,
    event_id uuid not null references regional_event (id) on delete cascade,
    number int not null check (number >= 1),
    status text not null check (status in ('DRAFT', 'PUBLISHED')),
    created_by text not null,
    created_at timestamptz not null,
    published_by text,
    published_at timestamptz,
    score text,
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now(),
    unique (event_id, number),
    check (status = 'DRAFT' or (published_by is not null and published_at is not null))
);

create table seat (
    plan_version_id uuid not null references plan_version (id) on delete cascade,
    actor_id uuid not null references actor (id),
    round_id uuid not null references event_round (id),
    table_id uuid not null references event_table (id),
    challenge_id uuid references challenge (id),
    pinned boolean not null,
    ordinal int not null,
    primary key (plan_version_id, actor_id, round_id)
);

create table actor_match (
    id uuid primary key,
    event_id uuid references regional_event (id) on delete cascade,
    actor_a uuid not null references actor (id),
    actor_b uuid not null references actor (id),
    similarity double precision not null check (similarity between 0 and 1),
    shared_themes text[] not null,
    reasons text[] not null,
    created_at timestamptz not null,
    check (actor_a <> actor_b)
);
create index actor_match_event on actor_match (event_id);

create table coffee_chat (
    id uuid primary key,
    match_id uuid references actor_match (id) on delete set null,
    initiator_id uuid not null references actor (id),
    partner_id uuid not null references actor (id),
    common_third text references theme (key),
    meeting_place text,
    scheduled_at timestamp,
    pitch text,
    summary text,
    status text not null check (status in ('PROPOSED', 'AGREED', 'HELD', 'CANCELLED')),
    version int not null check (version >= 1),
    updated_by text,
    updated_at timestamptz not null default now(),
    check (initiator_id <> partner_id)
);

create table next_step (
    id uuid primary key,
    coffee_chat_id uuid not null references coffee_chat (id) on delete cascade,
    ordinal int not null,
    what text not null,
    responsible_actor_id uuid not null references actor (id),
    due_date date,
    done boolean not null
);
