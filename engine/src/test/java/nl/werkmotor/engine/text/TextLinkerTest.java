package nl.werkmotor.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class TextLinkerTest {

    private static final int FORKLIFT_DRIVER = 1;
    private static final int OPERATE_FORKLIFT = 2;
    private static final int CUSTOMER_SERVICE_AGENT = 3;
    private static final int EMPLOYEE = 4;
    private static final int CUSTOMER_ORIENTATION = 5;
    private static final int CLIENT_ORIENTATION = 6;
    private static final int FILLER = 100;

    private static final String[] THINGS = {"patiënten", "dieren", "kinderen", "ouderen", "planten", "machines",
            "kranen", "pompen", "ovens", "liften", "boten", "treinen", "bussen", "schepen", "gasten", "leerlingen"};

    private final TextLinker linker = TextLinker.of(labels());

    /** A small taxonomy, with fillers so that "zorgen", "voor" and "bedienen" are as common as in ESCO. */
    private static LabelIndex labels() {
        LabelIndex.Builder b = LabelIndex.builder()
                .add(FORKLIFT_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "heftruckchauffeur")
                .add(FORKLIFT_DRIVER, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED, "forklift operator")
                .add(OPERATE_FORKLIFT, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "heftruck bedienen")
                .add(OPERATE_FORKLIFT, ConceptKind.SKILL, LabelLanguage.EN, LabelType.PREFERRED, "operate forklift")
                .add(CUSTOMER_SERVICE_AGENT, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED,
                        "medewerker klantenservice")
                .add(CUSTOMER_SERVICE_AGENT, ConceptKind.OCCUPATION, LabelLanguage.EN, LabelType.PREFERRED,
                        "customer service representative")
                .add(EMPLOYEE, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "medewerker")
                .add(CUSTOMER_ORIENTATION, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED,
                        "zorgen voor klantgerichtheid")
                .add(CUSTOMER_ORIENTATION, ConceptKind.SKILL, LabelLanguage.EN, LabelType.PREFERRED,
                        "ensure customer orientation")
                .add(CLIENT_ORIENTATION, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED,
                        "zorgen voor klantgerichtheid")
                .add(CLIENT_ORIENTATION, ConceptKind.SKILL, LabelLanguage.EN, LabelType.PREFERRED,
                        "ensure client orientation");
        int id = FILLER;
        for (String thing : THINGS) {
            b.add(id++, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, "zorgen voor " + thing);
            b.add(id++, ConceptKind.SKILL, LabelLanguage.NL, LabelType.PREFERRED, thing + " bedienen");
            b.add(id++, ConceptKind.OCCUPATION, LabelLanguage.NL, LabelType.PREFERRED, "medewerker " + thing);
        }
        return b.build();
    }

    @Test
    void findsAnOccupationAndTheSkillInsideItsCompoundWithTheSpanOfTheWord() {
        String text = "Wij zoeken een ervaren Heftruckchauffeur voor ons magazijn.";

        List<TextMention> mentions = linker.mentions(text, LabelLanguage.NL);

        TextMention occupation = mention(mentions, FORKLIFT_DRIVER);
        assertThat(text.substring(occupation.start(), occupation.end())).isEqualTo("Heftruckchauffeur");
        assertThat(occupation.score()).isEqualTo(1.0);
        TextMention skill = mention(mentions, OPERATE_FORKLIFT);
        assertThat(text.substring(skill.start(), skill.end())).isEqualTo("Heftruckchauffeur");
        assertThat(skill.score()).isBetween(TextLinker.MIN_SCORE, 0.99);
        assertThat(mentions.getFirst()).isEqualTo(occupation);
    }

    @Test
    void theLongestLabelWinsAnOverlap() {
        String text = "Medewerker klantenservice gezocht";

        List<TextMention> mentions = linker.mentions(text, LabelLanguage.NL);

        assertThat(mentions).extracting(TextMention::conceptId).containsExactly(CUSTOMER_SERVICE_AGENT);
        assertThat(text.substring(mentions.getFirst().start(), mentions.getFirst().end()))
                .isEqualTo("Medewerker klantenservice");
    }

    @Test
    void conceptsWithTheSameLabelAreBothMentioned() {
        String text = "Je blijft zórgen voor klantgerichtheid.";

        List<TextMention> mentions = linker.mentions(text, LabelLanguage.NL);

        assertThat(mentions).extracting(TextMention::conceptId)
                .containsExactly(CUSTOMER_ORIENTATION, CLIENT_ORIENTATION);
        assertThat(text.substring(mentions.getFirst().start(), mentions.getFirst().end()))
                .isEqualTo("zórgen voor klantgerichtheid");
    }

    @Test
    void aVerbAddressingTheReaderNamesTheInfinitiveOfALabel() {
        String text = "Je zorgt voor klantgerichtheid (m/v).";

        List<TextMention> mentions = linker.mentions(text, LabelLanguage.NL);

        assertThat(mentions).extracting(m -> text.substring(m.start(), m.end()))
                .containsOnly("zorgt voor klantgerichtheid");
    }

    @Test
    void partOfALabelInTheOtherLanguageIsNoMention() {
        assertThat(linker.mentions("Onze forklift staat klaar", LabelLanguage.NL)).isEmpty();
        assertThat(linker.mentions("Onze forklift operator", LabelLanguage.NL)).extracting(TextMention::score)
                .containsOnly(TextLinker.OTHER_LANGUAGE);
    }

    @Test
    void findsEnglishLabelsInEnglishText() {
        String text = "We need a Forklift Operator.";

        List<TextMention> mentions = linker.mentions(text, LabelLanguage.EN);

        // "operator" and "operate" share the stem "oper": the skill is named as well
        assertThat(mentions).extracting(TextMention::conceptId).containsExactlyInAnyOrder(FORKLIFT_DRIVER,
                OPERATE_FORKLIFT);
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.score()).isEqualTo(1.0);
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Forklift Operator");
        });
    }

    @Test
    void aCommonWordAloneMentionsNothingOfALongerLabel() {
        assertThat(linker.mentions("zorgen voor", LabelLanguage.NL)).isEmpty();
        assertThat(linker.mentions("", LabelLanguage.NL)).isEmpty();
    }

    @Test
    void normalizesATitleToTheOccupationItNames() {
        assertThat(linker.normalize("heftruckchauffeur (m/v)", ConceptKind.OCCUPATION, LabelLanguage.NL, 3).getFirst())
                .satisfies(m -> {
                    assertThat(m.conceptId()).isEqualTo(FORKLIFT_DRIVER);
                    assertThat(m.score()).isEqualTo(1.0);
                });
        assertThat(linker.normalize("Medewerker Klantenservice", ConceptKind.OCCUPATION, LabelLanguage.NL, 3))
                .first().extracting(ConceptMatch::conceptId).isEqualTo(CUSTOMER_SERVICE_AGENT);
        assertThat(linker.normalize("klantenservicemedewerker", ConceptKind.OCCUPATION, LabelLanguage.NL, 3))
                .first().extracting(ConceptMatch::conceptId).isEqualTo(CUSTOMER_SERVICE_AGENT);
    }

    @Test
    void normalizesASkillPhraseEvenWhenNoLabelHasAllItsWords() {
        List<ConceptMatch> matches = linker.normalize("klantgericht werken", ConceptKind.SKILL, LabelLanguage.NL, 5);

        assertThat(matches).extracting(ConceptMatch::conceptId).startsWith(CUSTOMER_ORIENTATION, CLIENT_ORIENTATION);
        assertThat(matches).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(matches).allSatisfy(m -> assertThat(m.kind()).isEqualTo(ConceptKind.SKILL));
    }

    @Test
    void normalizingUnknownWordsFindsNothing() {
        assertThat(linker.normalize("xyzzy qwerty", ConceptKind.OCCUPATION, LabelLanguage.NL, 5)).isEmpty();
    }

    @Test
    void answersConcurrentTextsAsIfAlone() throws Exception {
        List<String> texts = List.of("Heftruckchauffeur gezocht", "je zorgt voor klantgerichtheid",
                "medewerker klantenservice en medewerker ovens", "forklift operator", "");
        Map<String, List<TextMention>> alone = new HashMap<>();
        Map<String, List<ConceptMatch>> aloneNormalized = new HashMap<>();
        texts.forEach(text -> alone.put(text, linker.mentions(text, LabelLanguage.NL)));
        texts.forEach(text -> aloneNormalized.put(text, normalizeSkill(text)));
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String text = texts.get(i % texts.size());
                answers.add(threads.submit(() -> linker.mentions(text, LabelLanguage.NL).equals(alone.get(text))
                        && normalizeSkill(text).equals(aloneNormalized.get(text))));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
    }

    private List<ConceptMatch> normalizeSkill(String text) {
        return linker.normalize(text, ConceptKind.SKILL, LabelLanguage.NL, 3);
    }

    private static TextMention mention(List<TextMention> mentions, int concept) {
        return mentions.stream().filter(m -> m.conceptId() == concept).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of " + concept + " in " + mentions));
    }
}
