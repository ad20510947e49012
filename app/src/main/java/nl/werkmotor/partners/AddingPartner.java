package nl.werkmotor.partners;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.platform.Refusal;

/** The beheerder adds an organisation of the region as a partner; kept with who added it. */
@Component
public class AddingPartner {

    private final JdbcTemplate jdbc;
    private final FindPartners partners;
    private final PartnerCheck check;

    AddingPartner(JdbcTemplate jdbc, FindPartners partners, FindPlaces places, DeploymentRegion region) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.check = new PartnerCheck(places, region);
    }

    /** @throws Refusal naming every field to fix; nothing is saved */
    @Transactional
    public Partner add(AddPartner command) {
        jdbc.execute("lock table partner in share row exclusive mode"); // one change to the partners at a time
        Partner checked = check.check(0, command.form(), partners.all());
        long id = PartnerStore.insert(jdbc, checked);
        PartnerStore.history(jdbc, id, command.changedBy(), PartnerStore.added(checked));
        return partners.byId(id).orElseThrow();
    }
}
