-- A keyed digest (HMAC, not a plain hash: no guessing oracle) of a quarantined payload, so the same broken record
-- delivered again (a batch retried, a file re-read after a crash) is recognised as a duplicate of the open entry
-- instead of opening a second one.
alter table quarantined_record add column payload_digest varchar(64);
create index quarantined_record_open_source on quarantined_record (channel, source_id) where status = 'open';
