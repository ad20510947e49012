-- What changed, also in English, so that a person reading Werkmotor in English reads their profile's history
-- in English too (as the processing log does since V5_1). Rows written before this are in Dutch only: those
-- Werkmotor itself wrote (the start of a profile, and "Profiel: " followed by what changed) are translated
-- here part by part; any other text is copied, so that it shows in Dutch in either language.
alter table person_change add column description_en text;

update person_change set description_en = case
    when description = 'Profiel gestart.' then 'Profile started.'
    when description ~ '^Profiel: ((\d+ vaardighe(id|den) (verwijderd|toegevoegd( of bevestigd)?)|wensen gewijzigd|zichtbaarheid gewijzigd)(, |\.$))+$'
        then regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
             regexp_replace(regexp_replace(description,
                 '^Profiel: ', 'Profile: '),
                 '(\d+) vaardigheden', '\1 skills', 'g'),
                 '(\d+) vaardigheid', '\1 skill', 'g'),
                 ' toegevoegd of bevestigd', ' added or confirmed', 'g'),
                 ' toegevoegd', ' added', 'g'),
                 ' verwijderd', ' removed', 'g'),
                 'wensen gewijzigd', 'wishes changed', 'g'),
                 'zichtbaarheid gewijzigd', 'visibility changed', 'g')
    else description
end;

alter table person_change alter column description_en set not null;
