package nl.werkmotor.partners;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.platform.Refusal;

/**
 * The beheerder changes a partner: its name, contact, the days it takes part, its inhabitants or a WSP's locations;
 * kept with who did it and what changed. A partner is never deleted: one that stops gets a last day, so that the
 * figures counted by it keep their organisation.
 */
@Component
public class ChangingPartner {

    private final JdbcTemplate jdbc;
    private final FindPartners partners;
    private final PartnerCheck check;

    ChangingPartner(JdbcTemplate jdbc, FindPartners partners, FindPlaces places, DeploymentRegion region) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.check = new PartnerCheck(places, region);
    }

    /**
     * @throws PartnerNotFound when no partner has the id
     * @throws Refusal         naming every field to fix; nothing is saved
     */
    @Transactional
    public Partner change(ChangePartner command) {
        jdbc.execute("lock table partner in share row exclusive mode");
        Partner now = partners.byId(command.id()).orElseThrow(() -> new PartnerNotFound(command.id()));
        Partner wanted = check.check(now.id(), command.form(),
                partners.all().stream().filter(p -> p.id() != now.id()).toList());
        if (wanted.equals(now)) {
            return now;
        }
        PartnerStore.update(jdbc, wanted);
        PartnerStore.history(jdbc, now.id(), command.changedBy(), PartnerStore.what(now, wanted));
        return partners.byId(now.id()).orElseThrow();
    }
}
