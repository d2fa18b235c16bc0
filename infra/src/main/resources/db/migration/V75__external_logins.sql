-- Sign-ins through an OpenID Connect provider (ID-porten, Entra ID, ...): the provider's issuer and
-- its subject identifier for the person, linked once to one of our accounts. After the first link the
-- account is found by (issuer, subject) alone; roles always come from the account, never from the token.
create table external_login (
    issuer text not null,
    subject text not null,
    account_id uuid not null references user_account (id) on delete cascade,
    linked_at timestamptz not null,
    linked_by text not null check (linked_by in ('VERIFIED_EMAIL', 'INVITATION')),
    primary key (issuer, subject)
);
create index external_login_account on external_login (account_id);
