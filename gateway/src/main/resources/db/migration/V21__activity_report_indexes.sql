-- The daily activity report (GET /api/v1/reports/activity) counts the current ledger rows of a range of days by
-- outcome: this index answers that from the index alone instead of reading the whole ledger, and narrows the
-- data-quality report's "since" too. dsr_request gets none: requests are few next to records, and reading them all
-- stays cheap.
create index ingest_outcome_recorded on ingest_outcome (recorded_at) include (outcome) where superseded_by is null;
