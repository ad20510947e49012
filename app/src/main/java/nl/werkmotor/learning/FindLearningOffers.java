package nl.werkmotor.learning;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Learning offers by id, and how many there are. */
@Component
public class FindLearningOffers {

    private final JdbcTemplate jdbc;

    FindLearningOffers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from learning_offer", Long.class);
        return count == null ? 0 : count;
    }

    public Optional<LearningOffer> byId(long id) {
        List<String> skills = jdbc.queryForList(
                "select skill_uri from learning_offer_skill where offer_id = ? order by skill_uri", String.class, id);
        return jdbc.query("select id, provider, kind, title, postcode4 from learning_offer where id = ?",
                (rs, i) -> new LearningOffer(rs.getLong(1), rs.getString(2), OfferKind.valueOf(rs.getString(3)),
                        rs.getString(4), skills, rs.getString(5)), id).stream().findFirst();
    }
}
