-- Retention purge (PIPL Arts. 19, 47): each run, its checkpoint and what it found. Subject ids only (pseudonymous);
-- a purge's erasures and the run itself are also audit events, so the chain holds them.
create table retention_run (
    id              uuid primary key,
    dry_run         boolean      not null,
    as_of           timestamp(6) with time zone not null,
    state           varchar(16)  not null check (state in ('running', 'completed')),
    requested_by    varchar(255) not null,
    started_at      timestamp(6) with time zone not null,
    completed_at    timestamp(6) with time zone,
    processed       bigint       not null default 0,
    past_retention  bigint       not null default 0,
    purged          bigint       not null default 0,
    -- subjects are examined in id order; an interrupted run continues after this one
    last_subject_id uuid
);
-- One purge at a time: a second request or tick continues the running one.
create unique index retention_run_one_purge on retention_run (dry_run) where state = 'running' and not dry_run;
create index retention_run_started on retention_run (started_at desc);

-- Every justification that had expired for a subject found past retention (the dry-run report, the purge's record).
create table retention_expiry (
    run_id     uuid        not null references retention_run (id),
    subject_id uuid        not null,
    purpose    varchar(64),
    basis      varchar(32) not null,
    basis_at   timestamp(6) with time zone not null,
    expired_at timestamp(6) with time zone not null
);
create index retention_expiry_run on retention_expiry (run_id, subject_id);

