-- Personal information incidents (PIPL Art. 57): what happened, the texts of the notices in both languages, and the
-- time of each step. No personal data: the affected customers are pseudonymous subject ids.
create table incident (
    id                           uuid primary key,
    title                        varchar(200)  not null,
    kind                         varchar(16)   not null check (kind in ('leak', 'tampering', 'loss')),
    discovered_at                timestamp(6) with time zone not null,
    occurred_from                timestamp(6) with time zone not null,
    occurred_to                  timestamp(6) with time zone not null,
    fields                       varchar(1024) not null,
    channels                     varchar(1024),
    texts                        jsonb         not null,
    recorded_at                  timestamp(6) with time zone not null,
    recorded_by                  varchar(255)  not null,
    assessed_at                  timestamp(6) with time zone,
    affected_count               bigint,
    affected_sensitive_count     bigint,
    untraced_fields              varchar(1024),
    regulator_notified_at        timestamp(6) with time zone,
    individuals_notified_at      timestamp(6) with time zone,
    individuals_notified_count   bigint,
    individuals_skipped_at       timestamp(6) with time zone,
    individuals_skip_reason      varchar(1000),
    closed_at                    timestamp(6) with time zone,
    check (occurred_from <= occurred_to),
    check (individuals_skipped_at is null or individuals_skip_reason is not null)
);
create index incident_recorded on incident (recorded_at);

create table incident_affected_subject (
    incident_id uuid    not null references incident (id),
    subject_id  uuid    not null,
    sensitive   boolean not null,
    primary key (incident_id, subject_id)
);

-- A breach notice carries every Art. 57 element in both languages: longer than a one-time code.
alter table notification_outbox alter column message type text;
