-- A segment's members are the customers whose latest choice for the purpose is a grant under a current notice
-- (SegmentMembership): per customer, the newest event for one purpose. This index answers that look-up from the index
-- alone (newest first, with what the check reads) instead of reading each customer's events from the table.
create index consent_event_latest on consent_event (subject_id, purpose, recorded_at desc)
    include (granted, notice_version, by_guardian)
    where recipient is null;
