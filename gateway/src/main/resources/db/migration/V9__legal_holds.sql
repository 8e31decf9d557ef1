-- Legal holds (PIPL Art. 47): a law requires a customer's records to be kept (e.g. order records under the
-- E-Commerce Law); meanwhile a deletion restricts instead of erasing.
create table legal_hold (
    subject_id uuid primary key references subject (id),
    basis      varchar(255) not null,
    until      date,
    placed_by  varchar(255) not null,
    placed_at  timestamp(6) with time zone not null
);
