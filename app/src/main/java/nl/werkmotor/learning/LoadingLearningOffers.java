package nl.werkmotor.learning;

import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;

/** Replaces all learning offers with the given ones (streamed). */
@Component
public class LoadingLearningOffers {

    private static final Table<LearningOffer> OFFER = new Table<>("learning_offer (id, provider, kind, title, postcode4)",
            (o, rows) -> rows.row(o.id(), o.provider(), o.kind(), o.title(), o.postcode4()));
    private static final Table<LearningOffer> SKILLS = new Table<>("learning_offer_skill (offer_id, skill_uri)",
            (o, rows) -> o.skillsTaught().forEach(skill -> rows.row(o.id(), skill)));

    private final BulkLoader loader;

    LoadingLearningOffers(BulkLoader loader) {
        this.loader = loader;
    }

    /** @return how many offers were loaded */
    public long replaceAll(Stream<LearningOffer> offers) {
        return loader.replace(offers, OFFER, SKILLS);
    }
}
