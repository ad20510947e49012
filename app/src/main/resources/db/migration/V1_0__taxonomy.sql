-- The skills language: one current ESCO taxonomy, replaced as a whole by each import
-- (in one transaction), with the history of imports in taxonomy_import.

create table taxonomy_import (
    id           bigserial primary key,
    version      text        not null,            -- e.g. 'v1.1.1'
    source       text        not null,            -- directory or zip it came from
    imported_at  timestamptz not null default now(),
    occupations  integer     not null,
    skills       integer     not null,
    relations    integer     not null,            -- occupation-skill relations
    skill_groups integer     not null default 0,
    isco_groups  integer     not null default 0,
    labels       integer     not null default 0,  -- rows in concept_label
    is_current   boolean     not null default false
);
create unique index taxonomy_import_one_current on taxonomy_import (is_current) where is_current;

create table isco_group (
    uri          text primary key,
    code         text not null unique,            -- ISCO-08, 1 to 4 digits
    label_en     text not null,
    label_nl     text,
    description_en text,
    description_nl text
);

create table occupation (
    uri          text primary key,
    code         text not null,                   -- ESCO code, e.g. 8331.1
    isco_code    text not null,                   -- ISCO-08 unit group (4 digits)
    label_en     text not null,
    label_nl     text,
    description_en text,
    description_nl text
);
create index occupation_isco on occupation (isco_code);

create table skill (
    uri          text primary key,
    skill_type   text,                            -- 'skill/competence' | 'knowledge' | null (DigComp)
    reuse_level  text,                            -- 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific' | null
    label_en     text not null,
    label_nl     text,
    description_en text,
    description_nl text
);

create table skill_group (
    uri          text primary key,
    code         text,
    label_en     text not null,
    label_nl     text,
    description_en text,
    description_nl text
);

-- No foreign key to occupation: ESCO v1.1.1 has 67 relation rows naming an occupation
-- that its occupations file lacks; they are kept so the relation count matches ESCO's.
-- No foreign key to skill either: the import (the only writer) checks every skill reference
-- before it writes, and a per-row check would make it 4 s slower.
create table occupation_skill (
    occupation_uri text not null,
    skill_uri      text not null,
    relation       text not null check (relation in ('essential', 'optional')),
    primary key (occupation_uri, skill_uri)
);
create index occupation_skill_by_skill on occupation_skill (skill_uri);

-- Both pillars' broader relations (skill -> skill group or parent skill; occupation -> ISCO group
-- or parent occupation). Kinds as ESCO names them: Occupation, ISCOGroup, KnowledgeSkillCompetence, SkillGroup.
create table broader_relation (
    concept_uri  text not null,
    concept_kind text not null,
    broader_uri  text not null,
    broader_kind text not null,
    primary key (concept_uri, broader_uri)
);
create index broader_relation_by_broader on broader_relation (broader_uri);

create table skill_relation (
    skill_uri         text not null,
    related_skill_uri text not null,
    relation_type     text not null,              -- 'essential' | 'optional'
    primary key (skill_uri, related_skill_uri)
);

-- ESCO collections (transversal, digital, green, language, research, digcomp).
create table collection_member (
    collection   text not null,
    concept_uri  text not null,
    primary key (collection, concept_uri)
);

-- Every surface form of a concept, for search: preferred, alternative and hidden labels in
-- English and Dutch, plus Dutch crosswalk titles (national occupation list, VDAB competences).
create table concept_label (
    concept_uri  text not null,
    concept_kind text not null check (concept_kind in ('occupation', 'skill')),
    lang         text not null check (lang in ('en', 'nl')),
    label_type   text not null check (label_type in ('preferred', 'alternative', 'hidden', 'crosswalk')),
    label        text not null
);
create index concept_label_by_concept on concept_label (concept_uri);
