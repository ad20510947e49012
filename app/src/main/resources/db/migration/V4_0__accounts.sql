-- Who signs in for a record of personal data: the person themselves (their login name, or the OIDC
-- subject in production) and the employer's organisation (the identity module's organisation id).
-- Unique: one login is one person, one organisation is one employer.

alter table person add column account text unique;
alter table employer add column organisation_id text unique;
