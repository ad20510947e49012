package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmotor.platform.Refusal;

/** Every reason a story is refused for, each beside its field in Dutch and English; what passes is kept as typed. */
class StoryPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final StoryPolicy.Known KNOWN = new StoryPolicy.Known(Set.of("ZORG"), Set.of("BIJSTAND"),
            Map.of("uwv", "UWV"));
    static final StoryForm GOOD = new StoryForm("2026-07", "2026-09", "Van stage naar vast werk",
            "Na drie maanden proefplaatsing bij een zorginstelling kreeg zij een contract voor een jaar.",
            "De persoon zelf, mondeling in een gesprek; daarna per brief bevestigd.", "3-11-2026", true, "ZORG",
            "BIJSTAND", "uwv");

    @Test
    void aGoodStoryPassesAsTyped() {
        StoryPolicy.CheckedStory s = StoryPolicy.check(GOOD, TODAY, KNOWN);

        assertThat(s.from()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(s.to()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(s.consentOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(s.organisationName()).isEqualTo("UWV");
    }

    @Test
    void theCoarseChoicesMayBeLeftOut() {
        StoryPolicy.CheckedStory s = StoryPolicy.check(new StoryForm("2026-07", "2026-09", GOOD.titel(), GOOD.tekst(),
                GOOD.toestemming(), "2026-11-03", true, "", " ", null), TODAY, KNOWN);

        assertThat(s.sectorCode()).isNull();
        assertThat(s.targetGroupCode()).isNull();
        assertThat(s.organisationId()).isNull();
    }

    @Test
    void anEmptyStoryNamesEveryRequiredField() {
        Refusal refused = refusal(StoryForm.EMPTY);

        assertThat(refused.reasons()).extracting(Refusal.Reason::field)
                .containsExactlyInAnyOrder("van", "tot", "titel", "tekst", "toestemming", "toestemmingOp", "bevestigd");
        assertThat(refused.about("bevestigd", java.util.Locale.ENGLISH)).contains("consented");
    }

    @Test
    void thePeriodMustBeReadableInOrderAndBegun() {
        assertThat(fields(new StoryForm("juli", "2026-13", GOOD.titel(), GOOD.tekst(), GOOD.toestemming(), "3-11-2026",
                true, "", "", ""))).containsExactlyInAnyOrder("van", "tot");
        assertThat(refusal(new StoryForm("2026-09", "2026-07", GOOD.titel(), GOOD.tekst(), GOOD.toestemming(),
                "3-11-2026", true, "", "", "")).about("van", java.util.Locale.ROOT)).contains("ligt na");
        assertThat(refusal(new StoryForm("2027-01", "2027-03", GOOD.titel(), GOOD.tekst(), GOOD.toestemming(),
                "3-11-2026", true, "", "", "")).about("van", java.util.Locale.ENGLISH)).contains("has not begun");
        assertThat(refusal(new StoryForm("2020-01", "2026-03", GOOD.titel(), GOOD.tekst(), GOOD.toestemming(),
                "3-11-2026", true, "", "", "")).about("tot", java.util.Locale.ROOT)).contains("60 maanden");
    }

    @Test
    void theConsentDateMustBeARealDayNotInTheFuture() {
        assertThat(refusal(withConsentOn("31-2-2026")).about("toestemmingOp", java.util.Locale.ROOT)).contains("dag-maand-jaar");
        assertThat(refusal(withConsentOn("8-12-2026")).about("toestemmingOp", java.util.Locale.ENGLISH)).contains("future");
    }

    @Test
    void unknownCoarseChoicesAreRefused() {
        assertThat(fields(new StoryForm("2026-07", "2026-09", GOOD.titel(), GOOD.tekst(), GOOD.toestemming(),
                "3-11-2026", true, "BOUW", "WAJONG", "gemeente-elders")))
                .containsExactlyInAnyOrder("sector", "doelgroep", "organisatie");
    }

    @Test
    void tooLongTextsAreRefusedWithTheirLength() {
        assertThat(refusal(new StoryForm("2026-07", "2026-09", "t".repeat(121), "x".repeat(4001), "c".repeat(501),
                "3-11-2026", true, "", "", "")).reasons()).extracting(Refusal.Reason::field)
                .containsExactlyInAnyOrder("titel", "tekst", "toestemming");
    }

    @Test
    void aPostcodeWithLettersIsRefusedBesideTheFieldItIsIn() {
        Refusal refused = refusal(withText("Hij woont nu vlak bij het werk, op 3011 AB, en fietst."));

        assertThat(refused.about("tekst", java.util.Locale.ROOT)).contains("postcode", "3011 AB");
        assertThat(refused.about("tekst", java.util.Locale.ENGLISH)).contains("postcode", "holds no address");
        assertThat(fields(withText("Sinds 2025 is zij op 3011AB aan het werk."))).containsExactly("tekst");
    }

    @Test
    void anEmailAddressAPhoneNumberAndABsnAreRefused() {
        assertThat(refusal(withText("Mail haar: s.bakker@example.org.")).about("tekst", java.util.Locale.ROOT))
                .contains("e-mailadres", "s.bakker@example.org");
        for (String phone : java.util.List.of("0612345678", "06-12345678", "010-1234567", "+31 6 12345678",
                "0031 10 123 45 67")) {
            assertThat(refusal(withText("Bel " + phone + " voor meer.")).about("tekst", java.util.Locale.ROOT))
                    .as(phone).contains("telefoonnummer").doesNotContain("BSN");
        }
        for (String bsn : java.util.List.of("123456782", "1234.56.782", "123 456 782")) {
            assertThat(refusal(withText("Haar nummer is " + bsn + ".")).about("tekst", java.util.Locale.ENGLISH))
                    .as(bsn).contains("9 digits");
        }
    }

    @Test
    void identifiersInTheTitleAndTheConsentAreRefusedToo() {
        Refusal refused = refusal(new StoryForm("2026-07", "2026-09", "Werk in 2511 CV", GOOD.tekst(),
                "Gegeven via j.devries@example.org", "3-11-2026", true, "", "", ""));

        assertThat(refused.reasons()).extracting(Refusal.Reason::field).containsExactlyInAnyOrder("titel", "toestemming");
    }

    @Test
    void ordinaryNumbersDatesAndAmountsAreNoIdentifiers() {
        StoryPolicy.check(withText("In 2025 werkte hij 32 uur per week; de loonkostensubsidie was € 1.250,00 per "
                + "maand, 12 maanden lang. Start op 3-3-2025, om 08:30. Zij is 1 van de 810 extra banen."), TODAY, KNOWN);
        assertThat(StoryIdentifiers.in("Een team van 12 AB-ers en 2026 ICT-ers")).isEmpty();
    }

    private static StoryForm withText(String text) {
        return new StoryForm(GOOD.van(), GOOD.tot(), GOOD.titel(), text, GOOD.toestemming(), GOOD.toestemmingOp(), true,
                "", "", "");
    }

    private static StoryForm withConsentOn(String day) {
        return new StoryForm(GOOD.van(), GOOD.tot(), GOOD.titel(), GOOD.tekst(), GOOD.toestemming(), day, true, "", "", "");
    }

    private static java.util.List<String> fields(StoryForm form) {
        return refusal(form).reasons().stream().map(Refusal.Reason::field).toList();
    }

    private static Refusal refusal(StoryForm form) {
        try {
            StoryPolicy.check(form, TODAY, KNOWN);
        } catch (Refusal refused) {
            return refused;
        }
        throw new AssertionError("not refused: " + form);
    }
}
