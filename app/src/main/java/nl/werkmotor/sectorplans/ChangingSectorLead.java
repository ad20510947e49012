package nl.werkmotor.sectorplans;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;

/**
 * Names or changes a sector's sectortrekker (with their organisation), by whoever may save the sector's plan, and its
 * adopting organisation, by the beheerder; each change kept in {@code region_sector_change} with who made it. The
 * organisations must be partners of the region (where the region has its partners listed). A refused form changes
 * nothing.
 */
@Component
public class ChangingSectorLead {

    static final Pattern ORGANISATION = Pattern.compile("[a-z0-9][a-z0-9.-]{1,79}");

    private final JdbcTemplate jdbc;
    private final FindSectorPlans plans;

    ChangingSectorLead(JdbcTemplate jdbc, FindSectorPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * @throws SectorNotFound when no sector has the code
     * @throws NotAllowed     when the user may not change this sector
     * @throws Refusal        naming every field to fix; nothing is changed
     */
    @Transactional
    public AdoptedSector change(ChangeSectorLead command) {
        AdoptedSector sector = plans.sector(command.sectorCode())
                .orElseThrow(() -> new SectorNotFound(command.sectorCode()));
        SectorPlanPolicy.whySaveRefused(command.changedBy(), sector).ifPresent(reason -> {
            throw new NotAllowed(reason);
        });
        SectorLeadForm form = command.form();
        Map<String, String> partners = plans.organisationNames();
        Refusal.Reasons reasons = new Refusal.Reasons();
        String adopting = form.adoptingOrganisation().isEmpty() ? sector.adoptingOrganisationId()
                : form.adoptingOrganisation();
        boolean adoptionChanges = !adopting.equals(sector.adoptingOrganisationId());
        if (adoptionChanges) {
            SectorPlanPolicy.whyAdoptionChangeRefused(command.changedBy())
                    .ifPresent(m -> reasons.add("adopterendeOrganisatie", m.nl(), m.en()));
            organisation("adopterendeOrganisatie", adopting, partners, "de adopterende organisatie",
                    "the adopting organisation", reasons);
        }
        String trekker = form.trekkerName();
        String trekkerOrganisation = form.trekkerOrganisation();
        if (trekker.isEmpty() && !trekkerOrganisation.isEmpty()) {
            reasons.add("trekker", "Vul de naam van de sectortrekker in, of maak ook de organisatie leeg.",
                    "Fill in the sector lead's name, or empty the organisation as well.");
        } else if (trekker.length() > SectorLeadForm.MAX_NAME) {
            reasons.add("trekker", "De naam van de sectortrekker is te lang: hoogstens " + SectorLeadForm.MAX_NAME
                    + " tekens, niet " + trekker.length() + ".", "The sector lead's name is too long: at most "
                    + SectorLeadForm.MAX_NAME + " characters, not " + trekker.length() + ".");
        }
        if (!trekker.isEmpty()) {
            if (trekkerOrganisation.isEmpty()) {
                reasons.add("trekkerOrganisatie", "Kies de organisatie van de sectortrekker.",
                        "Choose the sector lead's organisation.");
            } else if (!trekkerOrganisation.equals(sector.trekkerOrganisationId())) {
                organisation("trekkerOrganisatie", trekkerOrganisation, partners,
                        "de organisatie van de sectortrekker", "the sector lead's organisation", reasons);
            }
        }
        reasons.refuseIfAny();
        String login = command.changedBy().username();
        if (adoptionChanges) {
            jdbc.update("update region_sector set adopting_organisation_id = ?, adopting_organisation_name = ? "
                    + "where code = ?", adopting, partners.getOrDefault(adopting, adopting), sector.code());
            history(sector.code(), SectorChange.adopted(adopting), login);
        }
        String newTrekker = trekker.isEmpty() ? null : trekker;
        String newOrganisation = trekker.isEmpty() ? null : trekkerOrganisation;
        if (!java.util.Objects.equals(newTrekker, sector.trekkerName())
                || !java.util.Objects.equals(newOrganisation, sector.trekkerOrganisationId())) {
            jdbc.update("update region_sector set trekker_name = ?, trekker_organisation_id = ?, "
                    + "trekker_organisation = ? where code = ?", newTrekker, newOrganisation, newOrganisation == null
                    ? null : partners.getOrDefault(newOrganisation, newOrganisation), sector.code());
            history(sector.code(), SectorChange.trekker(newTrekker, newOrganisation), login);
        }
        return plans.sector(sector.code()).orElseThrow();
    }

    private void history(String code, String what, String login) {
        jdbc.update("insert into region_sector_change (sector_code, what, changed_by) values (?, ?, ?)", code, what,
                login);
    }

    /** An organisation of the region: a partner where the region lists its partners, else a well-formed id. */
    static void organisation(String field, String id, Map<String, String> partners, String nlName, String enName,
                             Refusal.Reasons reasons) {
        boolean known = partners.isEmpty() ? ORGANISATION.matcher(id).matches() : partners.containsKey(id);
        if (!known) {
            String shown = id.length() > 20 ? id.substring(0, 20) + "…" : id;
            reasons.add(field, "Kies voor " + nlName + " een partner van de regio; " + shown + " is er geen.",
                    "Choose a partner of the region for " + enName + "; " + shown + " is none.");
        }
    }
}
