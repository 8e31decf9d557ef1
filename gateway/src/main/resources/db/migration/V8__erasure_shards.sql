-- Erasure that reaches backups (PIPL Art. 47): each data key is also sealed under a secret of its erasure shard,
-- kept outside the database. Erasing a subject moves its shard-mates to a new generation of the secret and destroys
-- the old one, so a database backup taken before the erasure no longer opens the erased subject's key.
create table erasure_shard (
    shard      integer primary key,
    generation integer not null
);

alter table subject_key add column erasure_shard integer;
alter table subject_key add column shard_generation integer;
create index subject_key_shard on subject_key (erasure_shard) where wrapped_key is not null;

-- A KEK rotation and a shard ratchet may touch the same key row; the later writer must not undo the earlier.
alter table subject_key add column version bigint not null default 0;
