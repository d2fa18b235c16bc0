-- Issue 18: reminders sent about next steps of table outcomes; one row per step and kind, so each is sent once.
-- No foreign key: a step's row is rewritten (same id) whenever its outcome is saved.
create table step_reminder (
    step_id  uuid        not null,
    reminder text        not null check (reminder in ('WEEK_BEFORE', 'OVERDUE')),
    sent_at  timestamptz not null,
    primary key (step_id, reminder)
);
