-- Who entered a vacancy and who last changed it: the employer themselves or the WSP account manager on their
-- behalf (login name, the name shown on the vacancy page, and which of the two). Shown to the employer and the
-- account manager only, never to job seekers or in the showcase. Vacancies loaded in bulk (demo regions,
-- benchmarks) and those entered before this have none: null is unknown. changed_* is null until the first change.
alter table vacancy
    add column entered_by      text,        -- login name
    add column entered_by_name text,
    add column entered_as      text,        -- nl.werkmotor.vacancies.VacancyAuthor.Kind: EMPLOYER | ACCOUNT_MANAGER
    add column entered_at      timestamptz,
    add column changed_by      text,
    add column changed_by_name text,
    add column changed_as      text,
    add column changed_at      timestamptz;
