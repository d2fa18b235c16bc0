-- Privacy by design (issue 15): a configurable time after an event (default 12 months) the
-- participants' personal data of that event is anonymised by a scheduled job (PersonalDataRetention).
-- One row per event done, with what was done, so it runs once per event and the event page can say so.
create table personal_data_removal (
    event_id uuid primary key references regional_event (id) on delete cascade,
    removed_at timestamptz not null,
    registrations_cleared int not null check (registrations_cleared >= 0),
    actors_anonymised int not null check (actors_anonymised >= 0)
);
