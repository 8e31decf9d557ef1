-- What cleaning did to each stored record, by field name only: valid (accepted as sent) or corrected, and the
-- detail, e.g. 'corrected=mobile;standardised=birthDate;completed=province'. Feeds the data-quality report.
alter table ingest_outcome add column quality varchar(16);
alter table ingest_outcome add column quality_detail varchar(512);
