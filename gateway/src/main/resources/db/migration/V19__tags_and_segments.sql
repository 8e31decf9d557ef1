-- Coarse traits kept in clear for segmentation, apart from the (audited) subject row so that erasure deletes them
-- outright: the birth year only, never the date (age bands).
-- (No foreign key: it is written by plain JDBC in the same transaction as the subject's JPA insert.)
create table subject_trait (
    subject_id uuid primary key,
    birth_year smallint
);

-- Tags per customer, recomputed in SQL from orders, check-ins and deliveries (every 12 hours and on demand).
create table customer_tags (
    subject_id        uuid primary key references subject (id),
    computed_at       timestamp(6) with time zone not null,
    last_order_at     timestamp(6) with time zone,
    recency_days      integer,
    frequency         integer       not null,
    monetary          numeric(14, 2) not null,
    value_tier        varchar(32),
    lifecycle_tier    varchar(32),
    avg_order_value   numeric(12, 2),
    discount_share    numeric(5, 4),
    top_category      varchar(64),
    preferred_channel varchar(64),
    interactions_90d  integer       not null,
    last_seen_at      timestamp(6) with time zone,
    age_band          varchar(16),
    gender            varchar(16),
    province          varchar(64),
    city              varchar(64),
    scenes            varchar(32)[] not null default '{}'
);
create index customer_tags_value_tier on customer_tags (value_tier);
create index customer_tags_lifecycle_tier on customer_tags (lifecycle_tier);

-- Segment definitions: a rule over the tags, bound to one purpose (members need a legal basis for it).
create table segment (
    id         uuid primary key,
    name       varchar(128) not null unique,
    purpose    varchar(64)  not null,
    rule       text         not null,
    created_by varchar(255) not null,
    created_at timestamp(6) with time zone not null,
    updated_by varchar(255) not null,
    updated_at timestamp(6) with time zone not null
);
