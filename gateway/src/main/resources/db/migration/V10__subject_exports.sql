-- Access and export requests are prepared as jobs. The finished zip holds personal data, so it is sealed under the
-- subject's own data key (an erasure makes it unreadable too) and removed after the download window.
create table dsr_export (
    request_id uuid primary key references dsr_request (id),
    subject_id uuid        not null,
    state      varchar(16) not null check (state in ('running', 'ready', 'failed')),
    progress   integer     not null,
    sealed_zip bytea,
    created_at timestamp(6) with time zone not null,
    ready_at   timestamp(6) with time zone,
    expires_at timestamp(6) with time zone not null
);
