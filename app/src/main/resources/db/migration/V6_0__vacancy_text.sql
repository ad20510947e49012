-- The vacancy text as the employer wrote it (the tasks, in their words): the skills are read from it
-- and confirmed by the employer, and the text stays for the next edit.
alter table vacancy add column description text not null default '';
