-- Changes an organiser reports while a seating job is queued or running (a cancellation, an
-- unannounced arrival, changed availability; see docs/organiser-solving.md, "Seating page"). They are
-- kept with the job, so whichever node runs it (or takes it over) hands them to its solver as problem
-- changes, whether they were saved before or after it read the problem. seq orders them; a running
-- node remembers the last seq it applied.
create table solver_job_change (
    seq          bigserial   primary key,
    job_id       uuid        not null references solver_job (id) on delete cascade,
    -- {"type": "CANCELLED"|"ARRIVED"|"AVAILABILITY", "person": "<actor id>", "rounds": [..], "before": [..]}
    change       jsonb       not null,
    reported_by  text        not null,
    reported_at  timestamptz not null default now()
);
create index solver_job_change_job_idx on solver_job_change (job_id, seq);

-- False once the job's solver has ended: a change reported later is not taken (solve again). A change
-- is added only while the job's row says true, under a row lock, so none slips in as the job ends.
alter table solver_job add column accepts_changes boolean not null default true;

-- A change is announced like a change of its job ('KIND:event id'), so the running node applies it at once.
create function solver_job_change_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('solver_job', (select kind || ':' || event_id::text from solver_job where id = new.job_id));
    return new;
end;
$$;
create trigger solver_job_change_added after insert on solver_job_change
    for each row execute function solver_job_change_notify();
