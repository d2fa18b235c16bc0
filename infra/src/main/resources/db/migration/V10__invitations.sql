-- Invitation links: an organiser sends an actor without an account a personal link to an event.
-- Only the SHA-256 hash (hex) of the link's random token is stored, so the table cannot be used to
-- open anyone's link. A link is used once (used_at) and expires (expires_at).
create table invitation (
    id uuid primary key,
    event_id uuid not null references regional_event (id) on delete cascade,
    actor_id uuid not null references actor (id) on delete cascade,
    token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at timestamptz not null,
    expires_at timestamptz not null check (expires_at > created_at),
    used_at timestamptz
);
create index invitation_event on invitation (event_id);
