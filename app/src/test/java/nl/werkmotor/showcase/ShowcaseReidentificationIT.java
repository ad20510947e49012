package nl.werkmotor.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employers.EmployerDailyLimits;
import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.employers.EmployerDays;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonChanged;
import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.showcase.internal.Pseudonyms;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.VacancyFixture;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 item 8, played by the attacker: an employer who wants to know where an anonymous candidate lives.
 * Through the employer's API only, it publishes as many vacancies as it may, at the postcode areas of the region
 * that tell it most, each asking exactly what the candidate can (so that the candidate shows, and shows at the top),
 * and reads each vacancy's showcase.
 *
 * <p><b>Assumption.</b> The vacancy set is built over {@link #DAYS} days at the daily limit (a day passes when the
 * test moves the day's counts back a day), and each showcase is read once (the answers do not change).
 *
 * <p><b>Criterion.</b> The PC4 areas consistent with everything the attacker observed are those p of the region for
 * which, had the candidate lived in p and all else been the same, every answer the attacker got would have been the
 * same, byte for byte. That set must hold every PC4 area of the candidate's municipality: the attacker cannot
 * narrow the home below the municipality. (It may well learn the municipality: a control shows that answers do
 * depend on it, so the test is not blind.) The answers had she lived elsewhere are read by the employer's account
 * manager, who sees the same showcase and is not counted, on the same vacancies.
 *
 * <p>Because the answers depend on the municipality only, more days would not narrow it further; the test shows
 * that by the criterion itself, not by the attacker running out of vacancies.
 */
@WerkmotorTest
class ShowcaseReidentificationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;
    private static final long SANNE = 1;
    private static final long EMPLOYER = 1;
    /** A working week. */
    static final int DAYS = 5;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPeople people;
    @Autowired
    FindPlaces places;
    @Autowired
    DeploymentRegion region;
    @Autowired
    EmployerDailyLimits limits;
    @Autowired
    WithdrawingVacancy withdrawing;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Pseudonyms pseudonyms;

    private final List<Long> vacancies = new ArrayList<>();
    private String home;
    private int radius;

    @Test
    void anEmployerWithTheVacanciesItMayPublishCannotNarrowACandidatesHomeBelowHerMunicipality(
            @Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        jdbc.update("delete from employer_daily_use where employer_id = ?", EMPLOYER);
        Municipality municipality = smallestMunicipalityWithSeveralPostcodes();
        List<String> ownAreas = postcodesOf(municipality);
        Person before = people.byId(SANNE).orElseThrow();
        home = before.postcode4();
        radius = before.profile().preferences().travelRadiusKm();
        // a travel radius across the band edges: whether she shows at all tells the attacker something too
        jdbc.update("update person set travel_radius_km = 10 where id = ?", SANNE);
        liveIn(ownAreas.getFirst());
        Person sanne = people.byId(SANNE).orElseThrow();

        ApiSession attacker = new ApiSession(port);
        String csrf = attacker.signIn("werkgever");
        int perDay = limits.limit(Activity.PUBLISH_VACANCY);
        List<String> places = telling(municipality, perDay * DAYS);
        for (int day = 0; day < DAYS; day++) {
            for (String place : places.subList(day * perDay, (day + 1) * perDay)) {
                HttpResponse<String> published = attacker.json("POST", "/api/v1/werkgevers/1/vacatures",
                        JSON.writeValueAsString(VacancyFixture.cutOutFor(sanne, BUS_DRIVER, place)), csrf);
                assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
                vacancies.add(JSON.readTree(published.body()).get("id").asLong());
            }
            attacker.problem(attacker.json("POST", "/api/v1/werkgevers/1/vacatures",
                    JSON.writeValueAsString(VacancyFixture.cutOutFor(sanne, BUS_DRIVER, places.getFirst())), csrf), 429);
            EmployerDays.aDayPasses(jdbc, EMPLOYER);
        }
        Map<Long, String> observed = new LinkedHashMap<>();
        for (long vacancy : vacancies) {
            observed.put(vacancy, attacker.get("/api/v1/vacatures/" + vacancy + "/etalage").body());
        }
        long shows = vacancies.stream().filter(v -> observed.get(v).contains(pseudonyms.of(v, SANNE))).count();
        assertThat(shows).as("she shows at some vacancies (so there is something to learn), not at all of them (so"
                + " her absence tells something too)").isBetween(1L, vacancies.size() - 1L);

        ApiSession adviser = new ApiSession(port);
        adviser.signIn("accountmanager");
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        assertThat(answersHadSheLivedIn(ownAreas.getFirst(), adviser)).as("the adviser sees what the attacker sees")
                .isEqualTo(observed);
        Set<String> consistent = new TreeSet<>();
        for (String area : ownAreas) {
            if (answersHadSheLivedIn(area, adviser).equals(observed)) {
                consistent.add(area);
            }
        }
        assertThat(consistent).as("every PC4 area of " + municipality.name() + " fits what the attacker saw")
                .containsExactlyInAnyOrderElementsOf(ownAreas);

        String elsewhere = farthestArea(municipality);
        assertThat(answersHadSheLivedIn(elsewhere, adviser)).as("control: answers do depend on where she lives, at"
                + " the level of the municipality").isNotEqualTo(observed);
    }

    @AfterEach
    void asBefore() {
        vacancies.forEach(id -> withdrawing.withdraw(new WithdrawVacancy(EMPLOYER, id)));
        if (home != null) {
            jdbc.update("update person set travel_radius_km = ? where id = ?", radius, SANNE);
            liveIn(home);
        }
        jdbc.update("delete from employer_daily_use where employer_id = ?", EMPLOYER);
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
    }

    /** Every answer, vacancy by vacancy, had she lived in this area. */
    private Map<Long, String> answersHadSheLivedIn(String area, ApiSession adviser) throws Exception {
        liveIn(area);
        Map<Long, String> answers = new LinkedHashMap<>();
        for (long vacancy : vacancies) {
            answers.put(vacancy, adviser.get("/api/v1/vacatures/" + vacancy + "/etalage").body());
        }
        return answers;
    }

    private void liveIn(String area) {
        jdbc.update("update person set postcode4 = ? where id = ?", area, SANNE);
        events.publishEvent(new PersonChanged(SANNE)); // the matching index puts her again
    }

    /** A municipality of the region small enough to replay each of its areas, with more than one to tell apart. */
    private Municipality smallestMunicipalityWithSeveralPostcodes() {
        return places.municipalitiesIn(region.code()).stream().filter(m -> postcodesOf(m).size() >= 4)
                .min(Comparator.comparing((Municipality m) -> postcodesOf(m).size()).thenComparing(Municipality::code))
                .orElseThrow();
    }

    private List<String> postcodesOf(Municipality municipality) {
        return places.postcodesIn(region.code()).stream().filter(p -> p.municipalityCode().equals(municipality.code()))
                .map(Postcode4::code).toList();
    }

    /**
     * The attacker's best places: the areas of the region whose distance to the municipality lies closest to an
     * edge of a distance band (5, 10, 25 km), so that the edges run through it and any difference between its
     * areas would show.
     */
    private List<String> telling(Municipality municipality, int count) {
        List<Postcode4> all = places.postcodesIn(region.code());
        List<String> chosen = all.stream().sorted(Comparator.comparingDouble((Postcode4 p) -> toEdge(municipality, p))
                .thenComparing(Postcode4::code)).map(Postcode4::code).limit(count).collect(Collectors.toList());
        assertThat(chosen).hasSize(count);
        return chosen;
    }

    private static double toEdge(Municipality municipality, Postcode4 place) {
        double km = municipality.distanceKm(place);
        return List.of(5.0, 10.0, 25.0).stream().mapToDouble(edge -> Math.abs(km - edge)).min().orElseThrow();
    }

    private String farthestArea(Municipality municipality) {
        return places.postcodesIn(region.code()).stream().max(Comparator.comparingDouble(municipality::distanceKm))
                .orElseThrow().code();
    }
}
