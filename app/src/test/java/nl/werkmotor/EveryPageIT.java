package nl.werkmotor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.identity.Role;
import nl.werkmotor.monitoring.TellingFixture;
import nl.werkmotor.placements.PlacementFixture;

/**
 * Every page in every role, found the way people find them: by following the links (and the htmx requests)
 * each demo account is shown, from the home page on. Every link a role is shown must answer 200 to that role
 * (no dead ends, no link to a page it may not open); every page passes axe (WCAG 2.2 AA) in Dutch and English,
 * checked once per page kind (a path with its ids left out); and every page the application maps is reached
 * by some role, so that a new page cannot escape these checks unless it is listed below with a reason.
 */
@WerkmotorTest
class EveryPageIT {

    /** Where the crawl starts besides the home page: search results, which a form leads to, not a link. */
    static final List<String> STARTS = List.of("/", "/taxonomie?zoek=heftruck&soort=beroepen",
            "/taxonomie?zoek=heftruck&soort=vaardigheden");

    /** Pages no link leads to, and why. */
    static final Map<String, String> NOT_LINKED = Map.of(
            "/login", "signing in: the first page every browser test opens (Chromium.signIn)");

    /** At most this many pages of one kind per role: a caseload of 40 people is 40 times the same page. */
    static final int PER_KIND = 2;

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;

    final Set<String> checkedKinds = new HashSet<>();
    final Set<String> reached = new TreeSet<>();
    final List<String> problems = new ArrayList<>();

    @Test
    void everyRoleReachesOnlyWorkingAccessiblePagesAndTogetherTheyReachEveryPage(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);

        long start = System.nanoTime();
        long placement = aPlacementOfTheDemoJobSeeker();
        List<Long> stories = storiesAndAdvice();
        try {
            crawl(Optional.empty());
            for (Role role : Role.values()) {
                crawl(Optional.of(role));
            }
        } finally {
            PlacementFixture.delete(jdbc, placement);
            stories.forEach(id -> jdbc.update("delete from story where id = ?", id));
            jdbc.update("delete from steering_advice where created_by = 'fixture'");
        }
        System.out.printf("EveryPageIT: %d paths reached, %d kinds of page checked with axe, in %d s%n", reached.size(),
                checkedKinds.size(), (System.nanoTime() - start) / 1_000_000_000);

        assertThat(problems).as("Links that do not work for the role they are shown to").isEmpty();
        Set<String> unreached = pages().stream()
                .filter(pattern -> reached.stream().noneMatch(path -> pattern.matches(PathContainer.parsePath(path))))
                .map(PathPattern::getPatternString)
                .filter(pattern -> !NOT_LINKED.containsKey(pattern))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unreached).as("Pages no role reaches by following links: link them, or list them in NOT_LINKED with a reason")
                .isEmpty();
    }

    private void crawl(Optional<Role> role) {
        try (Chromium browser = Chromium.on(port)) {
            role.ifPresent(r -> browser.signIn(r.dutchName()));
            if (role.equals(Optional.of(Role.ACCOUNTMANAGER))) {
                withAnEmployerOfTheirOwn(browser, () -> withToolboxPairs(() -> crawl(browser, role)));
            } else {
                withToolboxPairs(() -> crawl(browser, role));
            }
        }
    }

    /**
     * A placement's pages are linked from the placement lists of the case worker (the demo job seeker is in their
     * caseload), of the account manager (at the employer they claim for the crawl) and of the person; the small region
     * has none, so one for the time of the crawl (issue 13, item 3).
     */
    private long aPlacementOfTheDemoJobSeeker() {
        long person = jdbc.queryForObject("select id from person where account = 'werkzoekende'", Long.class);
        return PlacementFixture.atInterview(jdbc, person, employerToClaim());
    }

    private long employerToClaim() {
        return jdbc.queryForObject("""
                select e.id from employer e where exists (select 1 from vacancy v where v.employer_id = e.id)
                and not exists (select 1 from employer_owner o where o.employer_id = e.id) order by e.id desc limit 1""",
                Long.class);
    }

    /**
     * A story's and an advice's pages are linked from the writer's own list and the dashboard; the small region has
     * none, so a draft of each professional, a published story and an advice of last month for the time of the crawl
     * (issue 13, item 5).
     */
    private List<Long> storiesAndAdvice() {
        YearMonth last = YearMonth.now().minusMonths(1);
        TellingFixture.advice(jdbc, "arbeidsmarktregio-lindeveen", last.minusMonths(2), last);
        return List.of(
                TellingFixture.story(jdbc, "klantmanager", "KLANTMANAGER", "gemeente-lindeveen", "DRAFT", last, last,
                        "Een concept"),
                TellingFixture.story(jdbc, "accountmanager", "ACCOUNTMANAGER", "wsp-lindeveen", "DRAFT", last, last,
                        "Een concept"),
                TellingFixture.story(jdbc, "beleidsmedewerker", "BELEIDSMEDEWERKER", "arbeidsmarktregio-lindeveen",
                        "PUBLISHED", last, last, "Verteld door een partner"));
    }

    /** The demo account manager owns no employer; the pages of an owned one need one, for the time of the crawl. */
    private void withAnEmployerOfTheirOwn(Chromium browser, Runnable crawl) {
        long employer = employerToClaim();
        browser.open("/portefeuille/" + employer + "?lang=nl");
        browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever claimen")).click();
        assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("U bent nu de accountmanager");
        try {
            crawl.run();
        } finally {
            browser.open("/portefeuille/" + employer + "?lang=nl");
            browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever loslaten")).click();
            assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("niet langer de accountmanager");
        }
    }

    /**
     * The Toolbox for a person and a vacancy is linked from a proposed vacancy on the person files and from an
     * introduction the account manager asked that was said yes to; the small region has neither for the demo accounts,
     * so one of each for the time of the crawl (issue 13).
     */
    private void withToolboxPairs(Runnable crawl) {
        long person = jdbc.queryForObject("select id from person where account = 'werkzoekende'", Long.class);
        Long owned = jdbc.queryForObject("""
                select min(v.id) from vacancy v join employer_owner o on o.employer_id = v.employer_id
                where o.account_manager = 'accountmanager' and not exists
                    (select 1 from introduction i where i.vacancy_id = v.id and i.person_id = ?)""", Long.class, person);
        long vacancy = owned != null ? owned : jdbc.queryForObject("select min(id) from vacancy", Long.class);
        List<Long> proposals = jdbc.queryForList("""
                insert into vacancy_proposal (person_id, vacancy_id, vacancy_title, author, author_name)
                select c.person_id, v.id, v.title, 'klantmanager', 'Klantmanager' from caseload c, vacancy v
                where c.case_worker = 'klantmanager' and v.id = ?
                on conflict do nothing returning id""", Long.class, vacancy); // the crawl opens only a few files
        Long introduction = owned == null ? null : jdbc.queryForObject("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_name, requested_at, decided_by, decided_as, decided_at, contact_email)
                select id, employer_id, ?, 'K-TOOLBOX', '', 'ACCEPTED', 'accountmanager', 'ACCOUNTMANAGER',
                    'Fatima el Amrani', now(), 'werkzoekende', 'PERSON', now(), 'sanne@example.org'
                from vacancy where id = ? returning id""", Long.class, person, vacancy);
        try {
            crawl.run();
        } finally {
            proposals.forEach(id -> jdbc.update("delete from vacancy_proposal where id = ?", id));
            jdbc.update("delete from introduction where id = ?", introduction);
        }
    }

    private void crawl(Chromium browser, Optional<Role> role) {
        String who = role.map(Role::dutchName).orElse("anonymous");
        Map<String, Integer> perKind = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(STARTS);
        Deque<String> queue = new ArrayDeque<>(STARTS);
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            if (perKind.merge(kind(path), 1, Integer::sum) > PER_KIND) {
                continue;
            }
            reached.add(withoutQuery(path));
            APIResponse answer = browser.page().request().get(origin() + path);
            if (answer.status() != 200) {
                problems.add(who + ": " + path + " answers " + answer.status());
                continue;
            }
            if (!answer.headers().getOrDefault("content-type", "").startsWith("text/html")) {
                continue; // a download, e.g. the person's data as JSON
            }
            String html = answer.text();
            for (String fragment : fragments(html)) {
                reached.add(withoutQuery(fragment));
                int status = browser.page().request().get(origin() + fragment).status();
                if (status != 200) {
                    problems.add(who + ": " + fragment + " (htmx, on " + path + ") answers " + status);
                }
            }
            if (checkedKinds.add(kind(path))) {
                browser.open(path);
                browser.accessibleInDutchAndEnglish(null);
            }
            List<String> links = links(html);
            links.stream().filter(seen::add).forEach(queue::addLast);
        }
    }

    private static final Pattern LINK = Pattern.compile("<a\\s[^>]*\\bhref=\"([^\"]+)\"");
    private static final Pattern HTMX = Pattern.compile("<[a-z]+\\s[^>]*\\bhx-get=\"[^\"]*\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(hx-get|name)=\"([^\"]*)\"");

    /** The local links of a page, without the language switch, signing out and the API. */
    private static List<String> links(String html) {
        Set<String> local = new LinkedHashSet<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            String path = link.group(1).replace("&amp;", "&").replaceAll("#.*", "");
            if (path.startsWith("/") && !path.startsWith("//") && !path.contains("lang=") && !path.startsWith("/logout")
                    && !path.startsWith("/api/")) {
                local.add(path);
            }
        }
        return List.copyOf(local);
    }

    /** What a page's htmx asks for as the user types (with "heftruck" typed into a named field). */
    private static List<String> fragments(String html) {
        List<String> gets = new ArrayList<>();
        Matcher element = HTMX.matcher(html);
        while (element.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher attribute = ATTRIBUTE.matcher(element.group());
            while (attribute.find()) {
                attributes.put(attribute.group(1), attribute.group(2).replace("&amp;", "&"));
            }
            String get = attributes.get("hx-get");
            if (attributes.containsKey("name")) {
                get += (get.contains("?") ? "&" : "?") + attributes.get("name") + "=heftruck";
            }
            gets.add(get);
        }
        return gets;
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    /** The page a path shows, whatever the ids: /caseload/12/intake → /caseload/#/intake. */
    static String kind(String path) {
        return withoutQuery(path).replaceAll("/[0-9]+(?=/|$)", "/#").replaceAll("/[0-9a-f-]{16,}(?=/|$)", "/#");
    }

    private static String withoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The GET pages the application maps: not the API, not the error page. */
    private Set<PathPattern> pages() {
        Set<PathPattern> pages = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET) || info.getPathPatternsCondition() == null) {
                continue;
            }
            info.getPathPatternsCondition().getPatterns().stream()
                    .filter(p -> !p.getPatternString().startsWith("/api/") && !p.getPatternString().equals("/error"))
                    .forEach(pages::add);
        }
        return pages;
    }
}
