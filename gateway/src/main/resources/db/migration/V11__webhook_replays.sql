-- Signed webhook deliveries seen within the timestamp tolerance: a second delivery of the same signature is a
-- replay and is refused. Rows older than the tolerance are removed (the timestamp check refuses those anyway).
create table webhook_replay (
    channel   varchar(32) not null,
    signature varchar(80) not null,
    seen_at   timestamp(6) with time zone not null,
    primary key (channel, signature)
);
create index webhook_replay_seen on webhook_replay (seen_at);
