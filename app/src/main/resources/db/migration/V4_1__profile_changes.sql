-- What a person wants besides hours and place (the willen/kunnen factors of DESIGN §1): working conditions
-- and the support they need. Private to the person and their professionals; employers never see them.
alter table person add column working_conditions text[] not null default '{}';
alter table person add column support_needs      text[] not null default '{}';

-- Who changed a profile, when, and what: the person themselves or a professional on their behalf.
-- Removed with the person on erasure; what professionals did is also in the processing log.
create table person_change (
    id          bigint generated always as identity primary key,
    person_id   bigint      not null references person (id) on delete cascade,
    changed_at  timestamptz not null default now(),
    changed_by  text        not null,            -- the login name of whoever made the change
    author      text        not null,            -- PERSON | PROFESSIONAL
    description text        not null             -- what changed, in plain Dutch
);
create index person_change_person on person_change (person_id, changed_at);
