-- Quarantine review: integrators inspect quarantined records (masked), fix and replay them through their channel, or
-- discard them. A discarded entry keeps the fact (who, when, why) but not the record: its sealed payload and key
-- are destroyed. New columns inherit the table grants of V5.

alter table quarantined_record
    add column status         varchar(16)  not null default 'open'
        check (status in ('open', 'replayed', 'discarded')),
    add column partner        varchar(64),
    add column closed_at      timestamp(6) with time zone,
    add column closed_by      varchar(255),
    add column discard_reason varchar(500),
    alter column wrapped_key drop not null,
    alter column kek_id drop not null,
    alter column sealed_payload drop not null;
alter table quarantined_record
    add constraint quarantined_record_sealed_unless_discarded check (
        status = 'discarded' or (wrapped_key is not null and kek_id is not null and sealed_payload is not null)),
    add constraint quarantined_record_destroyed_when_discarded check (
        status <> 'discarded' or (wrapped_key is null and kek_id is null and sealed_payload is null));
create index quarantined_record_status on quarantined_record (status, channel);

-- Counts stay true (received = stored + duplicate + quarantined + refused): a replay's outcome row supersedes the
-- quarantined row it replays, and only rows not superseded are counted, so a record counts once, as it ended.
-- quarantine_id: the entry a quarantined row created; replay_of: the entry a replay's row closed.
alter table ingest_outcome
    add column quarantine_id uuid unique
        references quarantined_record (id) deferrable initially deferred,
    add column replay_of     uuid unique
        references quarantined_record (id) deferrable initially deferred,
    add column superseded_by bigint unique references ingest_outcome (id);
create index ingest_outcome_current on ingest_outcome (channel, outcome) where superseded_by is null;

-- Link the entries quarantined before this migration to their ledger rows (same channel, source id, request and
-- reason; paired in order where a batch repeated a record).
with entries as (
    select id, channel, source_id, request_id, reason,
           row_number() over (partition by channel, source_id, request_id, reason order by quarantined_at, id) as n
      from quarantined_record),
ledger as (
    select id, channel, source_id, request_id, reason,
           row_number() over (partition by channel, source_id, request_id, reason order by recorded_at, id) as n
      from ingest_outcome
     where outcome = 'quarantined')
update ingest_outcome o
   set quarantine_id = e.id
  from ledger l
  join entries e
    on e.channel = l.channel
   and e.source_id is not distinct from l.source_id
   and e.request_id = l.request_id
   and e.reason = l.reason
   and e.n = l.n
 where o.id = l.id;
