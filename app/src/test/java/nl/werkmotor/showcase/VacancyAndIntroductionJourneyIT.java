package nl.werkmotor.showcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.showcase.internal.Pseudonyms;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;

/**
 * The journey "vacancy and introduction" in Debian's Chromium, axe-checked in Dutch and English on every
 * page: the employer pastes a vacancy text, confirms the skills it names, sees the anonymous showcase with
 * the reasons and asks for an introduction (keyboard only); Sanne Bakker says yes on her own page; the
 * employer now sees her name and e-mail address.
 */
@WerkmotorTest
class VacancyAndIntroductionJourneyIT {

    private static final long SANNE = 1;

    @LocalServerPort
    int port;
    @Autowired
    FindPeople people;
    @Autowired
    FindSkill skills;
    @Autowired
    Pseudonyms pseudonyms;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void anEmployerFindsSanneAnonymouslyAndSeesHerNameOnlyAfterSheSaysYes() {
        Person sanne = people.byId(SANNE).orElseThrow();
        long vacancy;
        String candidate;
        try (Chromium employer = Chromium.on(port)) {
            Page page = employer.page();
            employer.signIn("werkgever");
            employer.open("/werkgever");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Bouwbedrijf De Vaste Hand B.V.");
            bothLanguages(employer, "werkgever-profiel");
            employer.open("/werkgever/vacatures");
            bothLanguages(employer, null);

            employer.open("/werkgever/vacatures/nieuw?lang=en");
            readTheText(page, sanne, "Find skills in the text");
            employer.accessible();
            employer.open("/werkgever/vacatures/nieuw?lang=nl");
            employer.accessible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacature opslaan")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Geef de vacature een titel.");
            employer.accessible();

            readTheText(page, sanne, "Vaardigheden uit de tekst halen");
            page.locator("input[name=occupationUri]").first().check();
            Locator importance = page.locator("select[name^=belang-]");
            assertThat(importance.count()).as("skills suggested by the text").isGreaterThanOrEqualTo(2);
            for (int i = 0; i < importance.count(); i++) {
                importance.nth(i).selectOption("ESSENTIAL");
            }
            page.getByLabel("Minimaal aantal uren per week").fill(Integer.toString(sanne.profile().preferences().minHours()));
            page.getByLabel("Maximaal aantal uren per week").fill(Integer.toString(sanne.profile().preferences().maxHours()));
            page.getByLabel("Postcode van de werkplek").fill(sanne.postcode4());
            employer.accessible();
            employer.screenshot("werkgever-vacature");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacature opslaan")).click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De vacature is opgeslagen.");
            vacancy = Long.parseLong(page.url().replaceAll(".*opgeslagen=(\\d+).*", "$1"));
            candidate = pseudonyms.of(vacancy, SANNE);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bekijk kandidaten voor Buschauffeur"))
                    .first().click(); // newest first: the one just saved
            Locator card = page.locator("[id='" + candidate + "']");
            assertThat(card).containsText("Kandidaat " + candidate);
            assertThat(card).containsText("Kan al");
            assertThat(page.locator("main")).not().containsText(sanne.lastName());
            bothLanguages(employer, "werkgever-etalage");

            keyboardTo(page, "Vraag kennismaking aan met " + candidate);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("U hebt een kennismaking gevraagd met kandidaat " + candidate);
            employer.accessible();
            employer.open("/werkgever/introducties");
            assertThat(introduction(page, candidate)).containsText("Kandidaat " + candidate);
            assertThat(introduction(page, candidate)).not().containsText(sanne.lastName());
        }

        try (Chromium person = Chromium.on(port)) {
            Page page = person.page();
            person.signIn("werkzoekende");
            person.open("/mijn-introducties");
            assertThat(page.locator("main")).containsText("Bouwbedrijf De Vaste Hand B.V. wil kennismaken");
            bothLanguages(person, "mijn-introducties");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik wil kennismaken")).first().click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul een e-mailadres of telefoonnummer in");
            assertThat(page.getByLabel("E-mailadres").first()).hasAttribute("aria-invalid", "true");
            person.accessible();
            page.getByLabel("E-mailadres").first().fill("sanne@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik wil kennismaken")).first().click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw keuze is bewaard.");
            bothLanguages(person, null);
        }

        try (Chromium employer = Chromium.on(port)) {
            Page page = employer.page();
            employer.signIn("werkgever");
            employer.open("/werkgever/introducties");
            assertThat(introduction(page, candidate)).containsText("Sanne Bakker");
            assertThat(introduction(page, candidate)).containsText("sanne@example.org");
            bothLanguages(employer, "werkgever-introducties");
        }
    }

    /** The card of the introduction to this candidate (other tests may have asked others). */
    private static Locator introduction(Page page, String candidate) {
        return page.locator("main li.werkmotor-card").filter(new Locator.FilterOptions().setHasText(candidate));
    }

    /** Axe in Dutch and English, then back to Dutch: the language choice is kept, and the journey goes on in Dutch. */
    private static void bothLanguages(Chromium browser, String screenshot) {
        browser.accessibleInDutchAndEnglish(screenshot);
        String url = browser.page().url().replaceAll("[?&]lang=\\w+", "");
        browser.page().navigate(url + (url.contains("?") ? "&" : "?") + "lang=nl");
    }

    /** Pastes a vacancy text that names Sanne's skills, as an employer looking for someone like her would write it. */
    private void readTheText(Page page, Person sanne, String button) {
        List<String> uris = sanne.profile().skills().stream().map(SkillClaim::skillUri).limit(4).toList();
        String named = skills.summaries(uris, Language.NL).values().stream().map(s -> s.label().text())
                .collect(Collectors.joining(", "));
        page.locator("#title").fill("Buschauffeur");
        page.locator("#text").fill("Wij zoeken een buschauffeur. Wat je doet en kunt: " + named + ".");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    /** Tabs through the page, as someone without a mouse does, until the control with this name has focus. */
    private static void keyboardTo(Page page, String name) {
        for (int i = 0; i < 500; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()");
            if (name.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("No control '" + name + "' reached with the Tab key");
    }
}
