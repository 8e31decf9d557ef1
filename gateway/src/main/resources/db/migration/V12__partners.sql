-- Partners whose feeds are accepted (PIPL Arts. 13, 23): qualification review, contract, purposes, expiry.
create table partner (
    name             varchar(64)  primary key,
    contract_ref     varchar(128) not null,
    allowed_purposes varchar(512) not null,
    reviewed_on      date,
    expires_on       date         not null,
    updated_by       varchar(255) not null,
    updated_at       timestamp(6) with time zone not null
);
