-- Who downloaded personal data, when, of which event and in what form (issue 15: an export audit
-- log the admin can read). Entries older than the retention time are removed by the retention job.
create table export_log (
    id bigserial primary key,
    at timestamptz not null,
    username text not null,
    event_id uuid references regional_event (id) on delete set null,
    what text not null
);
create index export_log_at on export_log (at desc);
