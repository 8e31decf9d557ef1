-- Recipients abroad and the mechanism each transfer rests on (PIPL Arts. 38-39).
create table overseas_recipient (
    name        varchar(64)  primary key,
    country     varchar(64)  not null,
    mechanism   varchar(32)  not null
        check (mechanism in ('security-assessment', 'standard-contract', 'certification')),
    reference   varchar(128) not null,
    valid_until date         not null,
    fields      varchar(512) not null,
    purpose     varchar(64)  not null,
    updated_by  varchar(255) not null,
    updated_at  timestamp(6) with time zone not null
);

-- Every transfer: who, when, to whom, on what mechanism, which fields, how many; no personal data. The delivery
-- itself is this record with its manifest (cross_border_individual rows naming the transfer), not a network call.
create table cross_border_transfer (
    id                        uuid primary key,
    recipient                 varchar(64)  not null,
    mechanism                 varchar(32)  not null,
    reference                 varchar(128) not null,
    fields                    varchar(512) not null,
    requested                 integer      not null,
    transferred               integer      not null,
    refused                   integer      not null,
    new_individuals           integer      not null,
    new_sensitive_individuals integer      not null,
    year                      integer      not null,
    actor                     varchar(255) not null,
    transferred_at            timestamp(6) with time zone not null
);
create trigger cross_border_transfer_append_only before update or delete on cross_border_transfer
    for each row execute function reject_change();

-- Distinct individuals per calendar year (Beijing), for the yearly thresholds: each counted once a year, and once
-- more as sensitive when sensitive fields of theirs went abroad that year. Pseudonymous ids only.
create table cross_border_individual (
    year          integer not null,
    subject_id    uuid    not null,
    sensitive     boolean not null,
    first_transfer uuid   not null references cross_border_transfer (id),
    primary key (year, subject_id)
);
