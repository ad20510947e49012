package nl.werkmotor.learning;

import java.util.List;

/** Something a provider offers to learn, with the ESCO skills it teaches and where (PC4). */
public record LearningOffer(long id, String provider, OfferKind kind, String title, List<String> skillsTaught,
        String postcode4) {

    public LearningOffer {
        skillsTaught = List.copyOf(skillsTaught);
    }
}
