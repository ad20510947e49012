-- Sector plans (issue 13, item 4): the organisation ids agree with the partners module, which calls UWV "uwv"
-- (V9_4_0 wrote "uwv-lindeveen"), and the sectortrekker's organisation is kept by its id as well, beside the name
-- written then (the partners module gives the name where it has the organisation).
update region_sector set adopting_organisation_id = 'uwv' where adopting_organisation_id = 'uwv-lindeveen';
update sector_target set scope_key = 'uwv' where scope = 'ORGANISATION' and scope_key = 'uwv-lindeveen';

alter table region_sector add column trekker_organisation_id text;
update region_sector set trekker_organisation_id = case trekker_organisation
    when 'UWV Lindeveen' then 'uwv'
    when 'Gemeente Lindeveen' then 'gemeente-lindeveen'
    when 'WerkgeversServicePunt Lindeveen' then 'wsp-lindeveen' end
where trekker_organisation is not null;
alter table region_sector add constraint region_sector_trekker_complete
    check ((trekker_name is null) = (trekker_organisation_id is null));
