-- Whether the employer's side still sees the name and contact details a person gave on saying yes to an
-- introduction (module showcase), so that withdrawing consent reaches introductions too:
--   WITH_PROFILE       while the person's profile is visible to employers (EMPLOYERS_ANONYMOUS): a yes given then;
--   WITHDRAWN          no longer: the profile was made private or partners-only, or the person stopped sharing;
--   THIS_INTRODUCTION  the person chose to share with this employer (again), whatever their profile's visibility.
-- Read after a yes only. contact_consent_at: when it last changed; null for a yes before this, counted from decided_at.
alter table introduction
    add column contact_consent    text not null default 'WITH_PROFILE',
    add column contact_consent_at timestamptz;
