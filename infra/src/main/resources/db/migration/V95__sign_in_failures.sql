-- Failed sign-ins per account name and per client address (issue 13: sign-in throttling shared by
-- every node behind the load balancer). SignInThrottle counts here, so a lock made on one node holds
-- on the other. A row lives until expires_at: the end of its counting window (each failure extends
-- it by the lock time) or of its lock. Expired rows are deleted by SignInThrottle as it records
-- failures (at most once a minute per node), so the table holds only the last lock time's failures.
create table sign_in_failure (
    kind text not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key text not null,
    failures integer not null check (failures >= 0),
    locked_until timestamptz,
    expires_at timestamptz not null,
    primary key (kind, key)
);
create index sign_in_failure_expires on sign_in_failure (expires_at);
