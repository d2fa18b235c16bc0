-- Logins. Minimal on purpose: the person's profile lives with their actor.
create table user_account (
    id            uuid        primary key,
    username      text        not null unique check (username = lower(btrim(username)) and length(username) between 3 and 254),
    display_name  text        not null check (length(btrim(display_name)) > 0),
    password_hash text        not null check (length(password_hash) > 0),
    enabled       boolean     not null default true,
    version       integer     not null default 0 check (version >= 0),
    created_at    timestamptz not null default now()
);

create table user_account_role (
    account_id uuid not null references user_account (id) on delete cascade,
    role       text not null check (role in ('ADMIN', 'ORGANISER', 'PARTICIPANT')),
    primary key (account_id, role)
);
