-- Dropped files by content digest: a file is processed once, across restarts and instances. completed_at stays null
-- while a file is being processed (or was interrupted by a crash: then it is processed again).
create table file_drop_receipt (
    channel      varchar(64)  not null,
    digest       char(64)     not null,
    file_name    varchar(512) not null,
    arrived_at   timestamp(6) with time zone not null,
    started_at   timestamp(6) with time zone not null,
    completed_at timestamp(6) with time zone,
    rows         bigint,
    primary key (channel, digest)
);
