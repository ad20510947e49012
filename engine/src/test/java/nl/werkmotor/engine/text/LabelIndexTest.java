package nl.werkmotor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LabelIndexTest {

    private static final int BUS_DRIVER = 1;
    private static final int FORKLIFT_DRIVER = 2;
    private static final int OPERATE_FORKLIFT = 3;
    private static final int CARE_ASSISTANT = 4;
    private static final int NURSE_ASSISTANT = 5;
    private static final int BARISTA = 6;
    private static final int TRAM_DRIVER = 7;
    private static final int LABOUR_MEDIATOR = 8;

    private final LabelIndex index = LabelIndex.builder()
            .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "buschauffeur")
            .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "chauffeur bus")
            .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "bus driver")
            .add(TRAM_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "trambestuurder")
            .add(TRAM_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "chauffeur tram")
            .add(TRAM_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "tram driver")
            .add(FORKLIFT_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "heftruckchauffeur")
            .add(FORKLIFT_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "forklift operator")
            .add(OPERATE_FORKLIFT, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "heftruck besturen")
            .add(OPERATE_FORKLIFT, ConceptKind.SKILL, LabelLanguage.EN, LabelType.PREFERRED, "operate forklift")
            .add(CARE_ASSISTANT, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "zorghulp")
            .add(CARE_ASSISTANT, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "verzorgende")
            .add(CARE_ASSISTANT, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "healthcare assistant")
            .add(NURSE_ASSISTANT, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "verpleeghulp")
            .add(NURSE_ASSISTANT, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.HIDDEN, "verzorgenden ziekenhuis")
            .add(BARISTA, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "Medewerker Café")
            .add(LABOUR_MEDIATOR, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "arbeidsbemiddelaar")
            .add(LABOUR_MEDIATOR, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "employment agent")
            .build();

    @Test
    void findsTheExactPreferredLabelFirst() {
        List<LabelHit> hits = search("buschauffeur", null, LabelLanguage.NL);

        assertThat(hits.getFirst().conceptId()).isEqualTo(BUS_DRIVER);
        assertThat(hits.getFirst().label()).isEqualTo("buschauffeur");
        assertThat(hits.getFirst().type()).isEqualTo(LabelType.PREFERRED);
        assertThat(hits.getFirst().complete()).isTrue();
    }

    @Test
    void findsACompoundWrittenApart() {
        LabelIndex withoutTheCompound = LabelIndex.builder()
                .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "chauffeur bus")
                .add(TRAM_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "chauffeur tram")
                .build();

        List<LabelHit> hits = withoutTheCompound.search(new LabelQuery("buschauffeur ", null, LabelLanguage.NL, 5));

        assertThat(hits).extracting(LabelHit::conceptId).containsExactly(BUS_DRIVER);
        assertThat(hits.getFirst().label()).isEqualTo("chauffeur bus");
    }

    @Test
    void findsAWordInsideACompound() {
        List<LabelHit> hits = search("heftruck ", null, LabelLanguage.NL);

        assertThat(hits).extracting(LabelHit::conceptId).containsExactly(OPERATE_FORKLIFT, FORKLIFT_DRIVER);
        assertThat(hits.get(1).label()).isEqualTo("heftruckchauffeur");
    }

    @Test
    void findsAWordInTheMiddleOfACompound() {
        LabelIndex forklifts = LabelIndex.builder()
                .add(FORKLIFT_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "vorkheftruckchauffeur")
                .add(OPERATE_FORKLIFT, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "heftruck besturen")
                .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "buschauffeur")
                .add(BUS_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.ALTERNATIVE, "chauffeur")
                .build();

        assertThat(forklifts.search(new LabelQuery("heftruck ", ConceptKind.OCCUPATION, null, 5)))
                .extracting(LabelHit::conceptId).containsExactly(FORKLIFT_DRIVER);
    }

    @Test
    void findsACompoundPartAfterALinkingS() {
        LabelIndex mediators = LabelIndex.builder()
                .add(LABOUR_MEDIATOR, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "arbeidsbemiddelaar")
                .add(9, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "bemiddelaar vastgoed")
                .add(10, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "arbeid plannen")
                .build();

        assertThat(mediators.search(new LabelQuery("bemiddelaar ", null, null, 5))).extracting(LabelHit::conceptId)
                .containsExactly(9, LABOUR_MEDIATOR);
        assertThat(mediators.search(new LabelQuery("arbeid ", null, null, 5))).extracting(LabelHit::conceptId)
                .containsExactly(10, LABOUR_MEDIATOR);
    }

    @Test
    void findsDutchWordFormsByTheirStem() {
        List<LabelHit> hits = search("Verzorgenden ", null, LabelLanguage.NL);

        assertThat(hits).extracting(LabelHit::conceptId).containsExactly(CARE_ASSISTANT, NURSE_ASSISTANT);
        assertThat(hits.getFirst().label()).isEqualTo("verzorgende");
    }

    @Test
    void ignoresCaseAndAccents() {
        for (String typed : List.of("medewerker cafe", "MEDEWERKER CAFÉ", "medewerker caf", "mede")) {
            assertThat(search(typed, null, LabelLanguage.NL)).as(typed).extracting(LabelHit::conceptId).first()
                    .isEqualTo(BARISTA);
        }
    }

    @Test
    void completesTheLastWordAsItIsTyped() {
        assertThat(search("bus dr", null, LabelLanguage.EN)).extracting(LabelHit::conceptId).containsExactly(BUS_DRIVER);
        assertThat(search("buschauf", null, LabelLanguage.NL)).extracting(LabelHit::conceptId).containsExactly(BUS_DRIVER);
        assertThat(search("bus dr ", null, LabelLanguage.EN)).as("a finished word is not completed").isEmpty();
    }

    @Test
    void requiresEveryWord() {
        assertThat(search("driver", null, LabelLanguage.EN)).extracting(LabelHit::conceptId)
                .containsExactlyInAnyOrder(BUS_DRIVER, TRAM_DRIVER);
        assertThat(search("tram driver", null, LabelLanguage.EN)).extracting(LabelHit::conceptId)
                .containsExactly(TRAM_DRIVER);
        assertThat(search("tram heftruck", null, null)).isEmpty();
    }

    @Test
    void answersOneHitPerConceptWithItsBestLabel() {
        List<LabelHit> hits = search("chauffeur", null, LabelLanguage.NL);

        assertThat(hits).extracting(LabelHit::conceptId).doesNotHaveDuplicates()
                .contains(BUS_DRIVER, TRAM_DRIVER, FORKLIFT_DRIVER);
        assertThat(hits).filteredOn(h -> h.conceptId() == BUS_DRIVER).extracting(LabelHit::label)
                .containsExactly("chauffeur bus");
    }

    @Test
    void prefersLabelsInTheAskedLanguage() {
        LabelIndex both = LabelIndex.builder()
                .add(1, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "manager")
                .add(1, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "manager")
                .build();

        assertThat(both.search(new LabelQuery("manager", null, LabelLanguage.NL, 1)).getFirst().language())
                .isEqualTo(LabelLanguage.NL);
        assertThat(both.search(new LabelQuery("manager", null, LabelLanguage.EN, 1)).getFirst().language())
                .isEqualTo(LabelLanguage.EN);
    }

    @Test
    void filtersByKind() {
        assertThat(search("heftruck", ConceptKind.SKILL, null)).extracting(LabelHit::conceptId)
                .containsExactly(OPERATE_FORKLIFT);
        assertThat(search("heftruck", ConceptKind.OCCUPATION, null)).extracting(LabelHit::conceptId)
                .containsExactly(FORKLIFT_DRIVER);
    }

    @Test
    void cutsTheAnswerAtK() {
        assertThat(index.search(new LabelQuery("d", null, null, 2))).hasSize(2);
    }

    @Test
    void answersNothingForNoWordsOrAnEmptyIndex() {
        assertThat(search(" -- ", null, null)).isEmpty();
        assertThat(LabelIndex.builder().build().search(new LabelQuery("bus", null, null, 10))).isEmpty();
    }

    @Test
    void answersConcurrentSearchesAsIfAlone() throws Exception {
        List<String> typed = List.of("bus", "heftruck", "verzorg", "chauffeur ", "d", "medewerker caf", "tram driver");
        Map<String, List<LabelHit>> alone = new HashMap<>();
        typed.forEach(text -> alone.put(text, search(text, null, LabelLanguage.NL)));
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String text = typed.get(i % typed.size());
                answers.add(threads.submit(() -> search(text, null, LabelLanguage.NL).equals(alone.get(text))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
    }

    @Test
    void refusesAConceptWithLabelsOfTwoKinds() {
        LabelIndex.Builder builder = LabelIndex.builder()
                .add(1, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "kok")
                .add(1, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "koken");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two kinds");
    }

    private List<LabelHit> search(String text, ConceptKind kind, LabelLanguage language) {
        return index.search(new LabelQuery(text, kind, language, 10));
    }
}
