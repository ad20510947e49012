-- What came of an accepted introduction (module showcase), and who asked by name, so that a case worker reads
-- "accountmanager Ahmed Yilmaz" rather than a login name. The outcome may be set again as things move on
-- (an interview planned, then hired); it says who set it last and when.
alter table introduction
    add column requested_name text,                      -- the asker's name at the time; null for older rows
    add column outcome        text,                      -- INTERVIEW_PLANNED | HIRED | NOT_HIRED | WITHDRAWN
    add column outcome_by     text,                      -- login name
    add column outcome_as     text,                      -- CASE_WORKER | WERKGEVER | ACCOUNTMANAGER
    add column outcome_at     timestamptz,
    add constraint introduction_outcome_after_yes check (outcome is null or status = 'ACCEPTED');
