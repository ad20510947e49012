-- What each employer's own account did per day, against the daily limits (employers' EmployerDailyLimits): how
-- many vacancies it published and how often it looked at a showcase, and how often it was refused above the limit.
-- In the database, not in memory, so that every replica counts the same day. The day is Dutch time.
create table employer_daily_use (
    employer_id     bigint  not null,
    day             date    not null,
    activity        text    not null,              -- nl.werkmotor.employers.EmployerDailyLimits.Activity
    used            integer not null default 0,
    refused         integer not null default 0,
    last_refused_at timestamptz,
    primary key (employer_id, day, activity)
);
-- the WSP's notices: who went over a limit lately
create index employer_daily_use_refused on employer_daily_use (day) where refused > 0;
