-- What customers did, reported by order, POS and event channels, under the pseudonymous subject id. Amounts and
-- times stay in clear so RFM and tags are computed in SQL; the person behind the id is only in encrypted columns.
-- (channel, source_id) is the idempotency key, as for channel_source.
create table customer_order (
    channel     varchar(64)   not null,
    source_id   varchar(128)  not null,
    subject_id  uuid          not null,
    amount      numeric(12, 2) not null check (amount >= 0),
    discount    numeric(12, 2) not null check (discount >= 0),
    ordered_at  timestamp(6) with time zone not null,
    category    varchar(64),
    store_code  varchar(64),
    received_at timestamp(6) with time zone not null,
    primary key (channel, source_id)
);
create index customer_order_by_subject on customer_order (subject_id, ordered_at);

create table event_checkin (
    channel       varchar(64)  not null,
    source_id     varchar(128) not null,
    subject_id    uuid         not null,
    event_code    varchar(64)  not null,
    checked_in_at timestamp(6) with time zone not null,
    received_at   timestamp(6) with time zone not null,
    primary key (channel, source_id)
);
create index event_checkin_by_subject on event_checkin (subject_id, checked_in_at);
