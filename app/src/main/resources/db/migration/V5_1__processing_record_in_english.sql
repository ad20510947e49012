-- What was done, also in English, so that a person reading Werkmotor in English reads their log in
-- English too. Records written before this have none: they are shown in Dutch in either language.
alter table processing_record add column name_en text;
