-- The region's partner organisations (issue 13, item 1), each bound to the identity organisation its users'
-- logins carry ("gemeente-lindeveen", "wsp-lindeveen"). A municipality has its CBS code and the number of its
-- inhabitants with the year it is from; a WSP has locations, each serving municipalities. Kept by the beheerder;
-- every change in partner_change with who made it. Municipality codes are checked against places when written
-- (no foreign key: modules never reach into each other's tables).
create table partner (
    id                bigint generated always as identity primary key,
    organisation_id   text    not null unique check (organisation_id ~ '^[a-z0-9][a-z0-9.-]{1,79}$'),
    kind              text    not null check (kind in ('MUNICIPALITY', 'UWV', 'WSP', 'SCHOOL', 'SOCIAL')),
    name              text    not null check (length(name) between 1 and 120),
    contact           text    not null default '' check (length(contact) <= 200),
    active_from       date    not null,
    active_to         date,
    municipality_code text    unique,
    inhabitants       integer check (inhabitants > 0),
    inhabitants_year  integer check (inhabitants_year between 1900 and 2200),
    check ((kind = 'MUNICIPALITY') = (municipality_code is not null)),
    check ((kind = 'MUNICIPALITY') = (inhabitants is not null and inhabitants_year is not null)),
    check (active_to is null or active_to >= active_from)
);

-- A WSP's locations, in the order the beheerder gave them.
create table partner_location (
    id         bigint generated always as identity primary key,
    partner_id bigint  not null references partner (id) on delete cascade,
    position   integer not null,
    name       text    not null check (length(name) between 1 and 120),
    address    text    not null check (length(address) between 1 and 200),
    postcode4  text    not null check (postcode4 ~ '^[1-9][0-9]{3}$'),
    unique (partner_id, position)
);

-- The municipalities a location serves.
create table partner_location_municipality (
    location_id       bigint not null references partner_location (id) on delete cascade,
    municipality_code text   not null,
    primary key (location_id, municipality_code)
);

-- Who changed a partner, when, and what (in Dutch and English).
create table partner_change (
    id             bigint generated always as identity primary key,
    partner_id     bigint      not null references partner (id) on delete cascade,
    changed_at     timestamptz not null default now(),
    changed_by     text        not null,
    description_nl text        not null,
    description_en text        not null
);
