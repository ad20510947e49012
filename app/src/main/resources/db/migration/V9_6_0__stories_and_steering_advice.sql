-- Tellen en vertellen (nl.werkmotor.monitoring, issue 13, item 5): stories of placements attached to a period, and the
-- beleidsmedewerker's steering advice per period kept with the figures it was based on.

-- A story (verhaal) of a placement, anonymised, written with the person's consent by a professional who knows the
-- placement (klantmanager, accountmanager) or by a beleidsmedewerker from what partners tell. It names no person and
-- holds no id of one: no link to a person, placement or introduction. Only published stories are shown in monitoring.
-- When the person withdraws their consent the row is deleted and story_removal keeps that it was, without its text.
create table story (
    id                     bigserial primary key,
    period_from            date        not null,          -- the first day of the first month
    period_to              date        not null,          -- the last day of the last month
    title                  text        not null,
    body                   text        not null,
    consent_statement      text        not null,          -- who gave consent, how (no name)
    consent_on             date        not null,
    sector_code            text,                          -- sectorplans' region sector, coarse
    target_group_code      text,                          -- people's target-group code, coarse
    organisation_id        text,                          -- a partner organisation the story is about, coarse
    organisation_name      text,
    status                 text        not null check (status in ('DRAFT', 'PUBLISHED')),
    written_by             text        not null,          -- the writer's login
    written_by_name        text        not null,
    writer_role            text        not null check (writer_role in ('KLANTMANAGER', 'ACCOUNTMANAGER', 'BELEIDSMEDEWERKER')),
    writer_organisation_id text        not null,
    writer_organisation    text        not null,
    written_at             timestamptz not null default now(),
    changed_at             timestamptz not null default now(),
    published_at           timestamptz,
    check (period_from <= period_to),
    check ((status = 'PUBLISHED') = (published_at is not null)),
    check ((organisation_id is null) = (organisation_name is null))
);
create index story_period on story (status, period_from, period_to);
create index story_writer on story (written_by, changed_at);

-- That a story was removed because its consent was withdrawn: when, by whom, of which period and writer; never its
-- title, text or consent statement.
create table story_removal (
    id                     bigserial primary key,
    story_id               bigint      not null unique,
    period_from            date        not null,
    period_to              date        not null,
    status_was             text        not null check (status_was in ('DRAFT', 'PUBLISHED')),
    written_by             text        not null,
    writer_organisation_id text        not null,
    written_at             timestamptz not null,
    consent_on             date        not null,
    reason                 text        not null check (reason in ('CONSENT_WITHDRAWN')),
    withdrawn_on           date        not null,
    removed_by             text        not null,
    removed_by_name        text        not null,
    removed_at             timestamptz not null default now()
);

-- A steering advice (bijsturingsadvies) of one organisation's beleidsmedewerkers for a period and a grouping (per);
-- a yearly one also evaluates content, process and relationship. Every change is a new version; none is overwritten.
create table steering_advice (
    id                bigserial primary key,
    organisation_id   text        not null,
    organisation_name text        not null,
    period_from       date        not null,
    period_to         date        not null,
    per               text        not null,
    yearly            boolean     not null,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    check (period_from <= period_to)
);
create index steering_advice_organisation on steering_advice (organisation_id, period_from, period_to);

create table steering_advice_version (
    advice_id               bigint      not null references steering_advice (id) on delete cascade,
    version                 integer     not null check (version >= 1),
    went_well               text        not null,
    went_badly              text        not null,
    we_change               text        not null,
    who_what_when           text        not null,
    evaluation_content      text,                      -- yearly: inhoud
    evaluation_process      text,                      -- yearly: proces
    evaluation_relationship text,                      -- yearly: relatie
    decided_by              text        not null,
    decided_on              date        not null,
    saved_by                text        not null,
    saved_by_name           text        not null,
    saved_at                timestamptz not null default now(),
    primary key (advice_id, version)
);

-- The figures a version was based on, as counted and suppressed when it was saved (never recounted): the period
-- itself (THIS) and the same-length period before it (EARLIER), with their provenance.
create table steering_advice_figures (
    advice_id   bigint  not null,
    version     integer not null,
    period      text    not null check (period in ('THIS', 'EARLIER')),
    month_from  text    not null,                       -- YYYY-MM
    month_to    text    not null,
    per         text    not null,
    source      text    not null,
    counted_to  date    not null,
    how_counted text    not null,
    primary key (advice_id, version, period),
    foreign key (advice_id, version) references steering_advice_version (advice_id, version) on delete cascade
);

-- One figure of a snapshot: a row (position -1, row_key null: the region) and a measure; a suppressed one has no
-- count, and no count of 1 to 4 people can be stored at all.
create table steering_advice_cell (
    advice_id  bigint  not null,
    version    integer not null,
    period     text    not null,
    position   integer not null,
    row_key    text,
    measure    text    not null,
    count      bigint,
    target     bigint,
    suppressed boolean not null,
    primary key (advice_id, version, period, position, measure),
    foreign key (advice_id, version, period) references steering_advice_figures (advice_id, version, period)
        on delete cascade,
    check (suppressed = (count is null)),
    check (count is null or count = 0 or count >= 5),
    check ((position = -1) = (row_key is null))
);
