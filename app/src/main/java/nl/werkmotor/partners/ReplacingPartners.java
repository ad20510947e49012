package nl.werkmotor.partners;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;

/**
 * Replaces every partner with the ones given, each checked as the beheerder's would be and kept as added by
 * {@code changedBy}: for the demo region, whose generation replaces the region's data in one transaction.
 */
@Component
public class ReplacingPartners {

    private final JdbcTemplate jdbc;
    private final AddingPartner adding;

    ReplacingPartners(JdbcTemplate jdbc, AddingPartner adding) {
        this.jdbc = jdbc;
        this.adding = adding;
    }

    /** @throws Refusal for the first partner that would be refused; the partners stay as they were */
    @Transactional
    public int replaceAll(List<PartnerForm> partners, String changedBy) {
        jdbc.update("delete from partner");
        partners.forEach(p -> adding.add(new AddPartner(p, changedBy)));
        return partners.size();
    }
}
