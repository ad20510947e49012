-- Sector plans and targets (nl.werkmotor.sectorplans). No person in any of it: sectors, plans of aggregates and
-- agreed numbers. Organisations are identity's organisation ids (text), employers employers' ids.

-- The region's sectors (default: the ten of Haaglanden's sector approach), each adopted by one organisation.
create table region_sector (
    code                       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,49}$'),
    name_nl                    text    not null,
    name_en                    text    not null,
    adopting_organisation_id   text    not null,
    adopting_organisation_name text    not null,
    trekker_name               text,            -- the sectortrekker (sector lead); null until named
    trekker_organisation       text,
    sort_order                 integer not null
);

-- Which SBI sections (taxonomy.Sector constants) belong to which region sector: a section to at most one.
create table region_sector_section (
    sbi_sector  text primary key,
    sector_code text not null references region_sector (code) on delete cascade
);

-- Who changed a sector, when, and what it was after the change.
create table region_sector_change (
    id          bigserial primary key,
    sector_code text        not null,
    what        text        not null,
    changed_by  text        not null,
    changed_at  timestamptz not null default now()
);

-- A sector plan's versions: each save is a new version, none is overwritten.
create table sector_plan_version (
    id                  bigserial primary key,
    sector_code         text        not null references region_sector (code) on delete cascade,
    version             integer     not null,
    analysis_text       text        not null,
    local_placements    integer     not null check (local_placements >= 0),
    regional_placements integer     not null check (regional_placements >= 0),
    monitoring          text        not null,
    saved_by            text        not null,  -- login
    saved_by_name       text        not null,
    saved_at            timestamptz not null default now(),
    unique (sector_code, version)
);

create table sector_plan_key_account (
    version_id  bigint  not null references sector_plan_version (id) on delete cascade,
    position    integer not null,
    employer_id bigint  not null,
    primary key (version_id, position)
);

create table sector_plan_project (
    version_id bigint  not null references sector_plan_version (id) on delete cascade,
    position   integer not null,
    name       text    not null,
    partners   text    not null,
    goal       text    not null,
    starts_on  date    not null,
    ends_on    date    not null check (ends_on >= starts_on),
    primary key (version_id, position)
);

-- nl.werkmotor.sectorplans.Target: an agreed number for a year.
create table sector_target (
    id         bigserial primary key,
    year       integer     not null check (year between 2000 and 2100),
    scope      text        not null check (scope in ('REGION', 'ORGANISATION', 'SECTOR', 'TARGET_GROUP')),
    scope_key  text,
    kind       text        not null check (kind in ('PLACEMENTS', 'LASTING_PLACEMENTS', 'OUTFLOW')),
    count      integer     not null check (count >= 0),
    agreed_by  text        not null,
    agreed_on  date        not null,
    note       text,
    changed_by text        not null,
    changed_at timestamptz not null default now(),
    check ((scope = 'REGION') = (scope_key is null))
);
create index sector_target_year on sector_target (year);

create table sector_target_change (
    id         bigserial primary key,
    target_id  bigint      not null,
    what       text        not null,
    changed_by text        not null,
    changed_at timestamptz not null default now()
);

insert into region_sector (code, name_nl, name_en, adopting_organisation_id, adopting_organisation_name,
                           trekker_name, trekker_organisation, sort_order) values
    ('ZORG_WELZIJN_SCHOONMAAK', 'Zorg, Welzijn en Schoonmaak', 'Care, Welfare and Cleaning',
        'gemeente-lindeveen', 'Gemeente Lindeveen', null, null, 1),
    ('ZAKELIJKE_DIENSTVERLENING', 'Zakelijke Dienstverlening', 'Business Services',
        'gemeente-lindeveen', 'Gemeente Lindeveen', null, null, 2),
    ('TUINBOUW', 'Tuinbouw', 'Horticulture', 'wsp-lindeveen', 'WerkgeversServicePunt Lindeveen', null, null, 3),
    ('OVERHEID_ONDERWIJS', 'Openbaar bestuur (overheid) en Onderwijs', 'Public Administration and Education',
        'wsp-lindeveen', 'WerkgeversServicePunt Lindeveen', null, null, 4),
    ('BOUW_TECHNIEK', 'Bouw en Techniek', 'Construction and Engineering',
        'wsp-lindeveen', 'WerkgeversServicePunt Lindeveen', 'Gerrit Jansen', 'UWV Lindeveen', 5),
    ('TRANSPORT_LOGISTIEK_GROOTHANDEL', 'Transport, Logistiek en Groothandel', 'Transport, Logistics and Wholesale',
        'wsp-lindeveen', 'WerkgeversServicePunt Lindeveen', 'Esther Zuidema', 'Gemeente Lindeveen', 6),
    ('HORECA', 'Horeca', 'Hospitality', 'wsp-lindeveen', 'WerkgeversServicePunt Lindeveen', null, null, 7),
    ('ICT', 'ICT', 'ICT', 'uwv-lindeveen', 'UWV Lindeveen', null, null, 8),
    ('DETAILHANDEL', 'Detailhandel', 'Retail', 'uwv-lindeveen', 'UWV Lindeveen', null, null, 9),
    ('BEVEILIGING', 'Beveiliging', 'Security', 'uwv-lindeveen', 'UWV Lindeveen', null, null, 10);

-- SBI sections are coarse: groothandel (46) lies in section G with retail, beveiliging (80) and schoonmaak (81) in N.
insert into region_sector_section (sbi_sector, sector_code) values
    ('CARE', 'ZORG_WELZIJN_SCHOONMAAK'),
    ('OTHER_SERVICES', 'ZORG_WELZIJN_SCHOONMAAK'),
    ('FINANCE', 'ZAKELIJKE_DIENSTVERLENING'),
    ('PROFESSIONAL_SERVICES', 'ZAKELIJKE_DIENSTVERLENING'),
    ('AGRICULTURE', 'TUINBOUW'),
    ('PUBLIC_ADMINISTRATION', 'OVERHEID_ONDERWIJS'),
    ('EDUCATION', 'OVERHEID_ONDERWIJS'),
    ('CONSTRUCTION', 'BOUW_TECHNIEK'),
    ('MANUFACTURING', 'BOUW_TECHNIEK'),
    ('TRANSPORT', 'TRANSPORT_LOGISTIEK_GROOTHANDEL'),
    ('HOSPITALITY', 'HORECA'),
    ('CULTURE', 'HORECA'),
    ('ICT', 'ICT'),
    ('TRADE', 'DETAILHANDEL'),
    ('SUPPORT_SERVICES', 'BEVEILIGING');

-- A first version of every plan, to be written by the adopting organisation.
insert into sector_plan_version (sector_code, version, analysis_text, local_placements, regional_placements,
                                 monitoring, saved_by, saved_by_name, saved_at)
select code, 1, 'Nog te schrijven door de adopterende organisatie.', 0, 0,
       'Elk kwartaal bespreekt het Kernteam de plaatsingen van de sector tegen de doelen.',
       'systeem', 'Werkmotor (eerste versie)', timestamptz '2026-01-01 00:00:00+01'
from region_sector;
