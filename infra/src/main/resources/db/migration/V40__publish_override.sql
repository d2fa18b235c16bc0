-- A plan that breaks a hard rule is published only with the organiser's reason, kept with the version.
alter table plan_version add column override_reason text check (override_reason is null or length(btrim(override_reason)) between 1 and 1000);
