-- Entrusted processors (PIPL Art. 21): the contract (client, purposes, fields, term), its early end, and the
-- processor's confirmation that it returned or deleted the data once the contract ended.
create table entrusted_processor (
    name                   varchar(64)   primary key,
    client_id              varchar(255)  not null unique,
    contract_reference     varchar(128)  not null,
    purposes               varchar(1024) not null,
    fields                 varchar(1024) not null,
    valid_from             date          not null,
    valid_until            date          not null,
    terminated_at          timestamp(6) with time zone,
    deletion_confirmed_at  timestamp(6) with time zone,
    deletion_confirmed_by  varchar(255),
    deletion_evidence      varchar(1000),
    updated_by             varchar(255)  not null,
    updated_at             timestamp(6) with time zone not null,
    check (valid_from <= valid_until),
    check (deletion_confirmed_at is null or deletion_evidence is not null)
);
