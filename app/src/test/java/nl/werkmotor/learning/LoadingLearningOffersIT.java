package nl.werkmotor.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.werkmotor.WerkmotorTest;

@WerkmotorTest
class LoadingLearningOffersIT {

    @Autowired
    LoadingLearningOffers loading;
    @Autowired
    FindLearningOffers find;

    @Test
    void replacesTheOffersWithTheSkillsTheyTeachAndReadsThemBack() {
        LearningOffer forklift = new LearningOffer(1, "Vakschool Brugman", OfferKind.CURSUS, "Cursus heftruck rijden",
                List.of("http://data.europa.eu/esco/skill/a", "http://data.europa.eu/esco/skill/b"), "3011");

        assertThat(loading.replaceAll(Stream.of(forklift))).isEqualTo(1);

        assertThat(find.count()).isEqualTo(1);
        assertThat(find.byId(1)).contains(forklift);
    }
}
