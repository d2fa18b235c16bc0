-- Solver jobs that survive restarts and run on any node (see README, "Operations").

-- db-scheduler's own table (its PostgreSQL schema, version 16): one row per queued or running
-- execution. A node claims a row (picked, picked_by) and heart-beats it (last_heartbeat); a row whose
-- heartbeat stops is revived by another node after the heartbeat timeout.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- One row per solver run of an event: what the organiser sees, and the best solution so far, so a
-- run whose node died continues from it on another node (warm start).
create table solver_job (
    id              uuid        primary key,
    event_id        uuid        not null references regional_event (id) on delete cascade,
    kind            text        not null check (kind in ('MATCHING', 'SCHEDULING')),
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'INTERRUPTED', 'FINISHED',
                                                           'STOPPED', 'CANCELLED', 'FAILED')),
    -- What the run needs besides the event as stored, e.g. {"matchesPerActor": 2}.
    parameters      jsonb       not null default '{}'::jsonb,
    requested_by    text        not null,
    node            text,
    queued_at       timestamptz not null default now(),
    started_at      timestamptz,
    ended_at        timestamptz,
    heartbeat       timestamptz,
    -- The organiser asked to stop (a running job stores its best result) or cancel (a queued one).
    stop_requested  boolean     not null default false,
    best_score      text,
    improvements    int         not null default 0,
    -- The best solution so far as the engine's assignments (seats and table challenges, or pairs),
    -- written every few seconds while the score improves; its score is checkpoint_score.
    checkpoint      jsonb,
    checkpoint_score text,
    checkpoint_at   timestamptz,
    -- How often a node took the run over after an interruption (restart, crash).
    resumed         int         not null default 0,
    result_count    int,
    unmatched       int,
    people_to_tell  int,
    plan_version_id uuid,
    error_code      text,
    message         text
);
create index solver_job_event_idx on solver_job (event_id, kind, queued_at desc);
create index solver_job_queue_idx on solver_job (queued_at) where status = 'QUEUED';
-- At most one active run per event and kind, whichever node is asked.
create unique index solver_job_one_active on solver_job (event_id, kind)
    where status in ('QUEUED', 'RUNNING', 'INTERRUPTED');

-- Every change of a run is announced on the channel solver_job as 'KIND:event id', so a view on
-- another node hears of it at once (nodes also poll, in case a notification is missed).
create function solver_job_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('solver_job', new.kind || ':' || new.event_id::text);
    return new;
end;
$$;
create trigger solver_job_changed after insert or update on solver_job
    for each row execute function solver_job_notify();
