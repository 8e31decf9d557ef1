-- Consent ledger (PIPL Arts. 13-17): versioned notices and an append-only history of consent events, each signed.
-- Current consent is derived from the history; nothing here holds personal data in clear.

create function reject_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;

create table notice (
    version      integer primary key check (version >= 1),
    content      text         not null,
    digest       varchar(128) not null,
    published_by varchar(255) not null,
    published_at timestamp(6) with time zone not null
);
create trigger notice_append_only before update or delete on notice
    for each row execute function reject_change();

-- subject_id is deliberately not a foreign key: the facts of consent outlive an erased customer record (Art. 47).
create table consent_event (
    id                  uuid primary key,
    subject_id          uuid         not null,
    purpose             varchar(64)  not null,
    recipient           varchar(64),
    granted             boolean      not null,
    notice_version      integer      not null references notice (version),
    channel             varchar(32)  not null,
    actor               varchar(255) not null,
    by_guardian         boolean      not null,
    guardian_digest     varchar(64),
    recorded_at         timestamp(6) with time zone not null,
    signature_algorithm varchar(16)  not null,
    signature_key_id    varchar(80)  not null,
    signature           bytea        not null
);
create index consent_event_subject on consent_event (subject_id, purpose, recorded_at);
create trigger consent_event_append_only before update or delete on consent_event
    for each row execute function reject_change();

-- A customer account reaches exactly one subject, and a subject has at most one account.
create table customer_account (
    username   varchar(128) primary key,
    subject_id uuid         not null unique references subject (id),
    linked_by  varchar(255) not null,
    linked_at  timestamp(6) with time zone not null
);

alter table subject add column personalised_marketing_opt_out boolean not null default false;
alter table subject add column minor boolean not null default false;
alter table subject_aud add column personalised_marketing_opt_out boolean;
alter table subject_aud add column minor boolean;
