-- The processing log (Logboek Dataverwerkingen): one row per processing of one person's data.
-- Append-only. No foreign key to person: the log outlives an erased person's profile, and the
-- person id (never a BSN) is what the log calls the data subject id.
create table processing_record (
    id                     bigint generated always as identity primary key,
    trace_id               char(32)    not null, -- W3C trace id, shared by all records of one request
    span_id                char(16)    not null unique,
    parent_span_id         char(16),             -- the caller's span from its traceparent header
    name                   text        not null, -- what was done, in Dutch
    start_time             timestamptz not null,
    end_time               timestamptz not null,
    person_id              bigint      not null, -- dpl.core.data_subject_id
    operation              text        not null, -- READ | CREATE | CHANGE | DELETE | EXPORT
    purpose                text        not null, -- ProcessingPurpose
    processing_activity_id text        not null, -- dpl.core.processing_activity_id at the time
    legal_basis            text        not null, -- the purpose's legal basis at the time
    actor_username         text        not null, -- 'systeem' for Werkmotor itself
    actor_name             text        not null,
    actor_role             text,                 -- null for Werkmotor itself
    organisation_id        text,
    organisation_name      text
);
create index processing_record_person on processing_record (person_id, end_time desc, id desc);
