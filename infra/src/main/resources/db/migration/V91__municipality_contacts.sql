-- Issue 18: each municipality's follow-up contact(s): a person (an actor, usually with a login) who
-- reads the follow-up board of the municipality's challenges and gets a monthly digest by mail.
-- Named by an organiser of an event in the municipality's county.
create table municipality_contact (
    municipality_number char(4)     not null references municipality (number),
    actor_id            uuid        not null references actor (id) on delete cascade,
    named_by            text        not null,
    named_at            timestamptz not null,
    primary key (municipality_number, actor_id)
);
create index municipality_contact_actor on municipality_contact (actor_id);

-- The monthly digest, claimed before it is sent, so each contact gets one per month whichever
-- node runs the job.
create table municipality_digest (
    municipality_number char(4)     not null references municipality (number),
    actor_id            uuid        not null references actor (id) on delete cascade,
    month               date        not null check (extract(day from month) = 1),
    sent_at             timestamptz not null,
    primary key (municipality_number, actor_id, month)
);
