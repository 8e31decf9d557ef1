-- A segment's members are the customers whose latest choice for the purpose is a grant under a current notice
-- (SegmentMembership): the newest event per customer for one purpose. This index hands them over in order, newest
-- first within each customer, with what the check reads, so the pass over a purpose's events needs no table reads.
create index consent_event_latest on consent_event (purpose, subject_id, recorded_at desc)
    include (granted, notice_version, by_guardian)
    where recipient is null;
