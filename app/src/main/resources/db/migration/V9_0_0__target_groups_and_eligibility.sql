-- The region's shared list of target groups (doelgroepen), as data the beheerder edits: one list every
-- partner counts by (issue 13, item 1). A code is the stable identifier other modules use ("BANENAFSPRAAK");
-- it never changes and is never deleted while a person belongs to it (a group is deactivated instead).
create table target_group (
    code           text    primary key check (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    name_nl        text    not null check (length(name_nl) between 1 and 100),
    name_en        text    not null check (length(name_en) between 1 and 100),
    description_nl text    not null default '',
    description_en text    not null default '',
    active         boolean not null default true,
    sort_order     integer not null
);

-- Who changed the list, when, and what (in Dutch and English).
create table target_group_change (
    id             bigint generated always as identity primary key,
    code           text        not null references target_group (code),
    changed_at     timestamptz not null default now(),
    changed_by     text        not null,
    description_nl text        not null,
    description_en text        not null
);

insert into target_group (code, name_nl, name_en, description_nl, description_en, sort_order) values
    ('BANENAFSPRAAK', 'banenafspraak (doelgroepregister)', 'job agreement (target group register)',
     'Opgenomen in het doelgroepregister van UWV: kan niet zelfstandig het minimumloon verdienen.',
     'In UWV''s target group register: cannot earn the minimum wage unaided.', 10),
    ('BEMIDDELBAAR_ARBEIDSBEPERKT', 'bemiddelbare arbeidsbeperkten', 'people with a work limitation, placeable',
     'Mensen met een arbeidsbeperking die met ondersteuning aan het werk kunnen, buiten het doelgroepregister.',
     'People with a work limitation who can work with support, outside the target group register.', 20),
    ('PRO_VSO', 'Pro/VSO-schoolverlaters', 'practical and special secondary school leavers',
     'Leerlingen die het praktijkonderwijs of voortgezet speciaal onderwijs verlaten.',
     'Pupils leaving practical or special secondary education.', 30),
    ('BESCHUT_WERK', 'beschut werk', 'sheltered work',
     'Mensen die alleen in een beschutte omgeving kunnen werken (advies beschut werk van UWV).',
     'People who can work only in a sheltered setting (UWV''s advice on sheltered work).', 40),
    ('STATUSHOUDER', 'statushouders', 'refugees with a residence permit',
     'Vluchtelingen met een verblijfsvergunning, vaak in het inburgeringstraject.',
     'Refugees with a residence permit, often in the civic integration programme.', 50),
    ('WW', 'WW', 'unemployment benefit (WW)', 'Mensen met een WW-uitkering van UWV.',
     'People on unemployment benefit from UWV.', 60),
    ('WIA', 'WIA', 'incapacity benefit (WIA)', 'Mensen met een WIA-uitkering (WGA of IVA) van UWV.',
     'People on incapacity benefit (WGA or IVA) from UWV.', 70),
    ('WAJONG', 'Wajong', 'Wajong (disabled from a young age)', 'Mensen met een Wajong-uitkering van UWV.',
     'People on Wajong benefit from UWV.', 80),
    ('BIJSTAND', 'bijstand', 'social assistance', 'Mensen met een bijstandsuitkering (Participatiewet) van de gemeente.',
     'People on social assistance (Participatiewet) from the municipality.', 90),
    ('VIJFTIG_PLUS', '50-plussers', 'over-fifties', 'Werkzoekenden van 50 jaar en ouder.',
     'Job seekers aged 50 and over.', 100),
    ('JONGEREN_ZONDER_STARTKWALIFICATIE', 'jongeren zonder startkwalificatie', 'young people without a basic qualification',
     'Jongeren tot 27 jaar zonder havo-, vwo- of mbo-2-diploma.',
     'Young people under 27 without a havo, vwo or mbo level 2 diploma.', 110),
    ('OVERIG', 'overige', 'other', 'Wie de regio begeleidt en in geen andere doelgroep valt.',
     'Whom the region supports who falls in no other target group.', 120);

-- A person's memberships refer to codes of the list. person.target_groups stays an array (a million people
-- load by COPY), checked once per statement, also for a COPY: no row may name a code the list does not have.
create function person_target_groups_exist() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed_people p, unnest(p.target_groups) as g(code)
               where not exists (select 1 from target_group t where t.code = g.code)) then
        raise exception 'A person names a target group that is not in the list' using errcode = '23503';
    end if;
    return null;
end $$;
create trigger person_target_groups_exist_on_insert after insert on person
    referencing new table as changed_people for each statement execute function person_target_groups_exist();
create trigger person_target_groups_exist_on_update after update on person
    referencing new table as changed_people for each statement execute function person_target_groups_exist();

-- A code in use is never deleted, nor renamed.
create function target_group_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.code = old.code then
        return new;
    end if;
    if exists (select 1 from person where old.code = any (target_groups)) then
        raise exception 'Target group % is in use', old.code using errcode = '23503';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger target_group_kept before update or delete on target_group
    for each row execute function target_group_kept();

-- The facts the Toolbox's eligibility rules read about a person (issue 13, items 1 and 2). Private to the person
-- and their professionals, like the target groups: employers never see them.
alter table person add column birth_date      date;             -- where known; birth_year stays, and agrees
alter table person add column benefit_since   date;             -- since when they live on their benefit
alter table person add column work_limitation text not null default 'NONE'; -- NONE | ESTABLISHED_BY_UWV | DOELGROEPREGISTER
alter table person add column loonwaarde      integer;          -- percentage of the minimum wage they earn, where measured
alter table person add constraint person_birth_date_in_birth_year
    check (birth_date is null or extract(year from birth_date) = birth_year);
alter table person add constraint person_loonwaarde_percentage check (loonwaarde between 0 and 100);
