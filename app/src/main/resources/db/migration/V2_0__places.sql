-- Places: the 35 arbeidsmarktregio's, their municipalities (CBS) and the 4-digit postcode areas
-- with coordinates (GeoNames), replaced as a whole by each import (in one transaction).

create table region (
    code         text primary key,                -- CBS arbeidsmarktregio code, e.g. AM22
    name         text not null
);

create table municipality (
    code         text primary key,                -- CBS gemeentecode, e.g. GM0599
    name         text not null,
    region_code  text not null references region (code),
    lat          double precision,                -- rough centre of settlement (mean of its PC4 points)
    lon          double precision
);
create index municipality_region on municipality (region_code);

create table postcode4 (
    code              text primary key,           -- 4 digits, e.g. 3011
    municipality_code text not null references municipality (code),
    lat               double precision not null,
    lon               double precision not null,
    places            text                        -- place names, ';'-separated
);
create index postcode4_municipality on postcode4 (municipality_code);

create table places_import (
    id             bigserial primary key,
    source         text        not null,
    imported_at    timestamptz not null default now(),
    regions        integer     not null,
    municipalities integer     not null,
    postcodes      integer     not null
);
