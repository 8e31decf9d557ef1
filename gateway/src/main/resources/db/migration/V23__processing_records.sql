-- Personal information protection impact assessments (PIPL Arts. 55-56): never changed, and kept at least three
-- years. A delete is possible only once a row is older than that (retention purge); the application role may
-- still delete so such a purge can run, the trigger decides.
create table impact_assessment (
    id          uuid primary key,
    purpose     varchar(64)  not null,
    reference   varchar(128) not null,
    assessed_on date         not null,
    author      varchar(255) not null,
    conclusion  varchar(32)  not null
        check (conclusion in ('approved', 'approved-with-measures', 'rejected')),
    measures    text,
    review_by   date,
    recorded_by varchar(255) not null,
    recorded_at timestamp(6) with time zone not null
);
create index impact_assessment_purpose on impact_assessment (purpose, assessed_on, recorded_at);

create function reject_delete_within_three_years() returns trigger language plpgsql as $$
begin
    if old.recorded_at > now() - interval '3 years' then
        raise exception '% rows are kept at least 3 years (PIPL Art. 56)', tg_table_name;
    end if;
    return old;
end
$$;
create trigger impact_assessment_no_update before update on impact_assessment
    for each row execute function reject_change();
create trigger impact_assessment_kept_three_years before delete on impact_assessment
    for each row execute function reject_delete_within_three_years();
create trigger impact_assessment_no_truncate before truncate on impact_assessment
    for each statement execute function reject_change();

-- The handler's switch per purpose: absent means the default (active unless the purpose needs an assessment).
-- Every change is also an audit event (purpose.activated / purpose.deactivated).
create table purpose_activation (
    purpose    varchar(64)  primary key,
    active     boolean      not null,
    changed_by varchar(255) not null,
    changed_at timestamp(6) with time zone not null
);

do $$
begin
    if exists (select from pg_roles where rolname = '${app_role}') and current_user <> '${app_role}' then
        execute 'revoke update, truncate on impact_assessment from "${app_role}"';
    end if;
end
$$;
