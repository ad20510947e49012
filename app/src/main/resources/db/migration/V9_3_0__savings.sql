-- Shared savings (nl.werkmotor.savings): scenarios of the Motor blueprint's Shared Savings model, kept as they were
-- saved (a change is a copy), each of one organisation; the blueprint's own worked case as an example every
-- organisation sees (organisation_id null, example true). Amounts in euros with cents. No person in any of it.
create table savings_scenario (
    id                bigserial primary key,
    organisation_id   text,                        -- identity's Organisation.id; null only for the example
    organisation_name text        not null,
    name              text        not null,
    problem           text        not null,        -- step 1
    intervention      text        not null,        -- step 2
    null_alternative  text        not null,        -- step 3
    horizon_years     integer     not null check (horizon_years between 1 and 30), -- step 4
    benefit_payer     text        not null,        -- step 6: whose direct benefit the benefit saved is
    example           boolean     not null default false,
    copied_from       bigint      references savings_scenario (id) on delete set null,
    saved_by          text        not null,        -- login
    saved_by_name     text        not null,
    saved_at          timestamptz not null default now(),
    check (example or organisation_id is not null)
);
create index savings_scenario_organisation on savings_scenario (organisation_id, saved_at);

-- nl.werkmotor.savings.Assumption: value and where it comes from
create table savings_assumption (
    scenario_id bigint        not null references savings_scenario (id) on delete cascade,
    assumption  text          not null,
    value       numeric(16, 2) not null,
    source      text          not null,
    primary key (scenario_id, assumption)
);

-- steps 5 and 6: the costs and benefits per partner, against the null alternative
create table savings_line (
    scenario_id      bigint         not null references savings_scenario (id) on delete cascade,
    side             text           not null check (side in ('COST', 'BENEFIT')),
    position         integer        not null,
    partner          text           not null,
    description      text           not null,
    amount           numeric(14, 2) not null check (amount >= 0),
    null_alternative numeric(14, 2) not null check (null_alternative >= 0),
    recurrence       text           not null check (recurrence in ('ONCE', 'YEARLY')),
    per_person       boolean        not null,
    kind             text           check (kind in ('DIRECT', 'SOCIETAL')), -- benefits only
    primary key (scenario_id, side, position)
);

-- The blueprint's worked case ("Een snelle rekensom", De Motor, TNO), its figures as the document prints them.
with example as (
    insert into savings_scenario (organisation_id, organisation_name, name, problem, intervention, null_alternative,
                                  horizon_years, benefit_payer, example, saved_by, saved_by_name, saved_at)
    values (null, 'De Motor (TNO), blauwdruk', 'Voorbeeld uit de blauwdruk: opleiden voor doorstroom op Rotterdam-Zuid',
            'Uit de blauwdruk van de Motor: "Rotterdam-Zuid telt ongeveer 90.000 werknemers, waarvan er 45% (41.000) '
            || 'praktisch geschoold is"; op Zuid zijn er "bijna 6.000 goed matchbare werkzoekenden".',
            'Praktisch geschoolde werknemers verdiepen of verbreden hun vakkennis en groeien door; hun werk komt vrij voor '
            || 'werkzoekenden. Uit de blauwdruk: "Dan creëert dat op termijn ongeveer 2.000 doorstroomkansen voor '
            || 'praktisch geschoolde werknemers. En tegelijkertijd dus ook 2.000 vacatures voor lager gekwalificeerd werk".',
            'Zonder de interventie blijft de werkzoekende in de uitkering: de rekensom van de blauwdruk zet de kosten van '
            || 'een werkzoekende per jaar af tegen de opleiding van een werknemer.',
            1, 'Gemeente (uitkering)', true, 'blauwdruk', 'De Motor (TNO), blauwdruk', timestamptz '2026-12-07 00:00:00+01')
    returning id
), assumptions as (
    insert into savings_assumption (scenario_id, assumption, value, source)
    select id, a.assumption, a.value, a.source from example, (values
        ('PEOPLE', 1.00, 'De rekensom van de blauwdruk rekent per persoon ("een besparing op van €28.000 euro per persoon").'),
        ('BENEFIT_COST_PER_YEAR', 29000.00, 'Blauwdruk: "de gemiddelde kosten van een werkzoekende per jaar (ongeveer '
            || '€29.000 per jaar)", noot 52: Sandee R. Uitvoering bijstand kost bijna 2900 euro per uitkering. Gemeente.nu, '
            || '2018. Let op: die bron noemt de uitvoeringskosten per uitkering. Te controleren door de regio.'),
        ('BENEFIT_MONTHS_SAVED_PER_YEAR', 12.00, 'De rekensom van de blauwdruk rekent een heel jaar uitkering. Te controleren door de regio.'),
        ('SHARE_LASTING', 100.00, 'De rekensom van de blauwdruk rekent elke plaatsing als duurzaam. Te controleren door de regio.'),
        ('DISCOUNT_RATE', 0.00, 'De rekensom van de blauwdruk kijkt naar één jaar en disconteert niet.')
    ) as a (assumption, value, source)
    returning 1
)
insert into savings_line (scenario_id, side, position, partner, description, amount, null_alternative, recurrence,
                          per_person, kind)
select id, 'COST', 0, 'Werkgever', 'Opleiding van een praktisch geschoolde werknemer: "de gemiddelde investering per '
       || 'werknemer per jaar aan opleiding (ongeveer €949,-)", noot 51: HR Praktijk, 2018.', 949.00, 0.00, 'YEARLY', true,
       null
from example;
