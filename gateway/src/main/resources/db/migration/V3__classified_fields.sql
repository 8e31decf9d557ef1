-- Fields the classification catalogue permits for membership: district (plain, for segmentation), full address
-- and email (general PI, encrypted under the subject's key).
alter table subject add column district varchar(64);
alter table subject add column address_ct bytea;
alter table subject add column email_ct bytea;
alter table subject_aud add column district varchar(64);
alter table subject_aud add column address_ct bytea;
alter table subject_aud add column email_ct bytea;
