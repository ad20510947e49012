-- The regional Toolbox (toolbox module): editions of the instrument catalogue. An edition holds all its
-- instruments with their eligibility rules as one document (nl.werkmotor.toolbox.Instrument as JSON), so that an
-- edition, once published, is never changed by a later one: history is the rows themselves. An edition takes
-- effect on 1 March or 1 October; at most one published edition per date.
create table toolbox_edition (
    id              bigserial primary key,
    takes_effect_on date        not null check (extract(day from takes_effect_on) = 1
                                                and extract(month from takes_effect_on) in (3, 10)),
    status          text        not null,            -- nl.werkmotor.toolbox.EditionStatus
    change_kind     text        not null,            -- nl.werkmotor.toolbox.ChangeKind
    what_changed    text        not null,
    prepared_by     text        not null,
    prepared_at     timestamptz not null,
    reviewed_by     text,
    reviewed_at     timestamptz,
    published_by    text,
    published_at    timestamptz,
    instruments     jsonb       not null
);
create unique index toolbox_edition_published on toolbox_edition (takes_effect_on) where status = 'PUBLISHED';

-- Which instruments applied on an account manager's candidate proposal (an introduction with a yes), per vacancy:
-- the use the Toolbox evaluation counts until placements record the instruments used. No person in it.
create table toolbox_instrument_shown (
    vacancy_id      bigint      not null,
    instrument_code text        not null,
    edition_id      bigint      not null references toolbox_edition (id),
    organisation_id text        not null,
    organisation    text        not null,
    account         text        not null,
    account_name    text        not null,
    shown_on        date        not null,
    primary key (vacancy_id, instrument_code, account)
);

-- What account managers missed in the Toolbox: an instrument they would have needed, for the beheerder.
create table toolbox_missing_instrument (
    id              bigserial   primary key,
    what            text        not null,
    why             text        not null,
    account         text        not null,
    account_name    text        not null,
    organisation    text        not null,
    noted_at        timestamptz not null
);
