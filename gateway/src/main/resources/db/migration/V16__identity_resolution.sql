-- Conflict rule: the most trusted kind of source that has set a subject's profile (first-party > transaction >
-- partner); a less trusted source only fills gaps. Audited like the rest of the subject.
alter table subject add column profile_trust varchar(16) not null default 'first-party';
alter table subject_aud add column profile_trust varchar(16);

-- Merge history: how each delivered record was linked to its subject and what it did to the profile.
alter table channel_source add column matched_by varchar(32);
alter table channel_source add column profile_effect varchar(16);

-- A WeChat follower who has not authorised a phone number is identified by unionid alone.
alter table subject alter column mobile_ct drop not null;
