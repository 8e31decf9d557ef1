-- Key management: algorithm settings that must not drift, signing keys, audited KEK rotations, and the KEK that
-- wraps each quarantined payload's key (so a rotation can find what it has not re-wrapped yet).

create table key_setting (
    name  varchar(64)  primary key,
    value varchar(255) not null
);

create table signing_key (
    key_id              varchar(80) primary key,
    algorithm           varchar(16) not null,
    public_key          bytea       not null,
    wrapped_private_key bytea       not null,
    kek_id              varchar(64) not null,
    created_at          timestamp(6) with time zone not null
);

create table key_rotation (
    id           uuid primary key,
    from_kek     varchar(64)  not null,
    to_kek       varchar(64)  not null,
    status       varchar(16)  not null check (status in ('running', 'completed')),
    rewrapped    bigint       not null,
    requested_by varchar(255) not null,
    started_at   timestamp(6) with time zone not null,
    completed_at timestamp(6) with time zone,
    version      bigint       not null
);
create unique index key_rotation_one_running on key_rotation (status) where status = 'running';

create table key_rotation_aud (
    id           uuid   not null,
    rev          bigint not null references audit_revision (id),
    revtype      smallint,
    from_kek     varchar(64),
    to_kek       varchar(64),
    status       varchar(16),
    rewrapped    bigint,
    requested_by varchar(255),
    started_at   timestamp(6) with time zone,
    completed_at timestamp(6) with time zone,
    primary key (id, rev)
);

alter table quarantined_record add column kek_id varchar(64) not null default 'kek-1';
alter table quarantined_record alter column kek_id drop default;

create index subject_key_kek on subject_key (kek_id) where wrapped_key is not null;
create index quarantined_record_kek on quarantined_record (kek_id);
