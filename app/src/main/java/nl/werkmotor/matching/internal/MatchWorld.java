package nl.werkmotor.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

import nl.werkmotor.engine.match.Contribution;
import nl.werkmotor.engine.match.Evidence;
import nl.werkmotor.engine.match.Explanation;
import nl.werkmotor.engine.match.Match;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.Person;
import nl.werkmotor.engine.match.SkillClaim;
import nl.werkmotor.engine.match.SkillGap;
import nl.werkmotor.engine.match.SkillGraph;
import nl.werkmotor.engine.match.SkillRequirement;
import nl.werkmotor.engine.match.Vacancy;
import nl.werkmotor.engine.match.Viewer;
import nl.werkmotor.engine.match.Visibility;
import nl.werkmotor.matching.MatchExplanation;
import nl.werkmotor.matching.MatchExplanation.SkillCredit;
import nl.werkmotor.matching.MatchResult;
import nl.werkmotor.matching.SkillGapResult;
import nl.werkmotor.people.Availability;
import nl.werkmotor.taxonomy.Label;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.OccupationProfile;
import nl.werkmotor.taxonomy.SkillNetwork;
import nl.werkmotor.vacancies.Importance;

/**
 * One taxonomy's engine index with the people and vacancies in it, and the translation between the
 * application's records (URIs, postcodes, enums) and the engine's dense ints. Built whole, then kept
 * current by puts, which the engine makes visible to the next query.
 */
public final class MatchWorld {

    /** A goal counts as within reach from this score on; a skill "opens a door" when it lifts one past it. */
    static final float GAP_THRESHOLD = 0.6f;
    /** A skill learned to close a gap is assumed confirmed by whoever taught it. */
    static final Evidence LEARNED = Evidence.CONFIRMED;
    /** Vacancies carry no start date yet: the matcher assumes they start within three months. */
    static final int VACANCY_START_MONTHS = 3;

    private final Concepts skills;
    private final Concepts occupations;
    private final MatchIndex index;
    private final PostcodeCentres postcodes;
    /**
     * A bit of the engine's target-group set per code of the region's list, given as codes are first met (no
     * vacancy requires a group yet: the set is kept for when one does); codes beyond 64 get none.
     */
    private final Map<String, Integer> targetGroupBits = new HashMap<>();

    private MatchWorld(Concepts skills, Concepts occupations, MatchIndex index, PostcodeCentres postcodes) {
        this.skills = skills;
        this.occupations = occupations;
        this.index = index;
        this.postcodes = postcodes;
    }

    /** The taxonomy part: skills with their graph, occupations with their skills; no people, no vacancies yet. */
    public static MatchWorld of(SkillNetwork network, List<OccupationProfile> profiles, PostcodeCentres postcodes) {
        Concepts skills = new Concepts(network.skills().stream().map(SkillNetwork.Node::uri).toList(),
                network.skills().stream().map(SkillNetwork.Node::labelEn).toList(),
                network.skills().stream().map(SkillNetwork.Node::labelNl).toList());
        Concepts occupations = new Concepts(profiles.stream().map(OccupationProfile::uri).toList(),
                profiles.stream().map(OccupationProfile::labelEn).toList(),
                profiles.stream().map(OccupationProfile::labelNl).toList());
        SkillGraph.Builder graph = SkillGraph.builder(skills.size());
        for (SkillNetwork.Link link : network.broader()) {
            graph.broader(skills.id(link.from()), skills.id(link.to()));
        }
        for (SkillNetwork.Link link : network.related()) {
            graph.related(skills.id(link.from()), skills.id(link.to()));
        }
        int[] users = new int[skills.size()];
        List<Occupation> engineOccupations = new ArrayList<>(profiles.size());
        for (int id = 0; id < profiles.size(); id++) {
            OccupationProfile profile = profiles.get(id);
            List<Integer> essential = ids(skills, profile.essentialSkills(), users);
            List<Integer> optional = ids(skills, profile.optionalSkills(), users);
            engineOccupations.add(new Occupation(id, essential, optional, isco(profile.iscoCode())));
        }
        graph.specificityFromUsage(users, Math.max(1, profiles.size()));
        return new MatchWorld(skills, occupations, new MatchIndex(graph.build(), engineOccupations), postcodes);
    }

    private static List<Integer> ids(Concepts skills, List<String> uris, int[] users) {
        List<Integer> ids = new ArrayList<>(uris.size());
        for (String uri : uris) {
            int id = skills.id(uri);
            if (id >= 0) {
                ids.add(id);
                users[id]++;
            }
        }
        return ids;
    }

    private static int isco(String code) {
        return code == null || code.isBlank() ? -1 : Integer.parseInt(code.replaceAll("\\D", ""));
    }

    // ---- people and vacancies ------------------------------------------------------------------

    /** @return false when the person cannot be matched (their postcode area is unknown), and is left out */
    public boolean put(nl.werkmotor.people.Person person) {
        Person engine = person(person, LocalDate.now());
        if (engine == null) {
            index.removePerson(denseId(person.id()));
            return false;
        }
        index.putPerson(engine);
        return true;
    }

    /** Takes a person out (erased): the next query no longer finds them. */
    public void removePerson(long personId) {
        index.removePerson(denseId(personId));
    }

    public boolean put(nl.werkmotor.vacancies.Vacancy vacancy) {
        Vacancy engine = vacancy(vacancy, LocalDate.now());
        if (engine == null) {
            index.removeVacancy(denseId(vacancy.id()));
            return false;
        }
        index.putVacancy(engine);
        return true;
    }

    /** @return whether the vacancy was in the index */
    public boolean removeVacancy(long vacancyId) {
        return index.removeVacancy(denseId(vacancyId));
    }

    /** False when no taxonomy was imported (or the package read has no occupations). */
    public boolean hasOccupations() {
        return occupations.size() > 0;
    }

    public int people() {
        return index.peopleCount();
    }

    public int vacancies() {
        return index.vacancyCount();
    }

    Person person(nl.werkmotor.people.Person person, LocalDate today) {
        PostcodeCentres.Place place = postcodes.of(person.postcode4());
        if (place == null) {
            return null;
        }
        var preferences = person.profile().preferences();
        long targetGroups = 0;
        for (var group : person.targetGroups()) {
            int bit = targetGroupBit(group.code());
            if (bit < Long.SIZE) {
                targetGroups |= 1L << bit;
            }
        }
        return new Person(denseId(person.id()), claims(person.profile().skills()), place.latitude(), place.longitude(),
                place.region(), preferences.minHours(), preferences.maxHours(), preferences.travelRadiusKm(),
                availableFrom(preferences.availability(), today), Visibility.valueOf(preferences.visibility().name()),
                targetGroups, place.areaLatitude(), place.areaLongitude());
    }

    private synchronized int targetGroupBit(String code) {
        return targetGroupBits.computeIfAbsent(code, c -> targetGroupBits.size());
    }

    Vacancy vacancy(nl.werkmotor.vacancies.Vacancy vacancy, LocalDate today) {
        PostcodeCentres.Place place = postcodes.of(vacancy.postcode4());
        if (place == null) {
            return null;
        }
        List<SkillRequirement> requirements = new ArrayList<>();
        for (var requirement : vacancy.requirements()) {
            int skill = skills.id(requirement.skillUri());
            if (skill >= 0) {
                requirements.add(requirement.importance() == Importance.ESSENTIAL
                        ? SkillRequirement.essential(skill) : SkillRequirement.optional(skill));
            }
        }
        // "Suits the banenafspraak target group" invites, it does not exclude: no target-group requirement.
        return new Vacancy(denseId(vacancy.id()), requirements, place.latitude(), place.longitude(), place.region(),
                vacancy.minHours(), vacancy.maxHours(), today.plusMonths(VACANCY_START_MONTHS), 0L);
    }

    private List<SkillClaim> claims(List<nl.werkmotor.people.SkillClaim> claims) {
        List<SkillClaim> engine = new ArrayList<>(claims.size());
        for (var claim : claims) {
            int skill = skills.id(claim.skillUri());
            if (skill >= 0) {
                engine.add(new SkillClaim(skill, Evidence.values()[claim.evidence().ordinal()]));
            }
        }
        return engine;
    }

    private static LocalDate availableFrom(Availability availability, LocalDate today) {
        return switch (availability) {
            case NOW -> today;
            case WITHIN_A_MONTH -> today.plusMonths(1);
            case WITHIN_THREE_MONTHS -> today.plusMonths(3);
            case LATER -> today.plusMonths(6);
        };
    }

    private static int denseId(long id) {
        if (id < 0 || id > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("id out of the matcher's range: " + id);
        }
        return (int) id;
    }

    // ---- queries -------------------------------------------------------------------------------

    int skillId(String uri) {
        return skills.id(uri);
    }

    int occupationId(String uri) {
        return occupations.id(uri);
    }

    public List<MatchResult> occupationsFor(List<Integer> skillIds, Language language, int k) {
        List<SkillClaim> claims = skillIds.stream().map(id -> new SkillClaim(id, Evidence.SELF_DECLARED)).toList();
        return occupations(index.occupationsFor(claims, k), language);
    }

    public List<MatchResult> nearbyOccupations(int occupationId, Language language, int k) {
        return occupations(index.nearbyOccupations(occupationId, k), language);
    }

    /**
     * @param among the people to choose from, e.g. one case worker's caseload
     * @return the people fitting the vacancy best among them, for professionals of the partner organisations
     */
    public List<MatchResult> candidatesFor(nl.werkmotor.vacancies.Vacancy vacancy, LongPredicate among,
                                           Language language, int k) {
        return candidatesFor(vacancy, Viewer.PARTNER, among, language, k);
    }

    /** @return the people fitting the vacancy best among those who let employers see them anonymously */
    public List<MatchResult> anonymousCandidatesFor(nl.werkmotor.vacancies.Vacancy vacancy, Language language, int k) {
        return candidatesFor(vacancy, Viewer.EMPLOYER, id -> true, language, k);
    }

    /**
     * How many people the showcase could show at the vacancy (those who let employers see them anonymously, within
     * their travel radius as the showcase counts it, every hard filter passed, some of what it asks covered), up to
     * {@code cap}; -1 when the vacancy's postcode area is unknown.
     */
    public int countAnonymousCandidates(nl.werkmotor.vacancies.Vacancy vacancy, int cap) {
        Vacancy engine = vacancy(vacancy, LocalDate.now());
        return engine == null ? -1 : index.countPeopleFor(engine, Viewer.EMPLOYER, cap);
    }

    private List<MatchResult> candidatesFor(nl.werkmotor.vacancies.Vacancy vacancy, Viewer viewer, LongPredicate among,
                                            Language language, int k) {
        Vacancy engine = vacancy(vacancy, LocalDate.now());
        if (engine == null) {
            return List.of();
        }
        return index.peopleFor(engine, viewer, among::test, k).stream().map(m -> new MatchResult(
                Integer.toString(m.id()), null, null, m.score(), explain(m.explanation(), language))).toList();
    }

    /** @param titles the title of a vacancy by its id */
    public List<MatchResult> vacanciesFor(nl.werkmotor.people.Person person, Language language, int k,
                                          LongFunction<String> titles) {
        Person engine = person(person, LocalDate.now());
        if (engine == null) {
            return List.of();
        }
        return index.vacanciesFor(engine, k).stream().map(m -> new MatchResult(Integer.toString(m.id()), null,
                new Label(titles.apply(m.id()), "nl", false), m.score(), explain(m.explanation(), language))).toList();
    }

    /** Missing skills towards an occupation, ranked by how many more occupations they open up. */
    public List<SkillGapResult> gapsTowardsOccupation(List<Integer> skillIds, int occupationId, Language language,
                                                      int k) {
        List<SkillClaim> claims = skillIds.stream().map(id -> new SkillClaim(id, Evidence.SELF_DECLARED)).toList();
        return gaps(index.gapsTowardsOccupation(claims, occupationId, GAP_THRESHOLD, LEARNED, k), language);
    }

    /** Missing skills towards a vacancy, ranked by how many more fitting vacancies they open up. */
    public List<SkillGapResult> gapsTowardsVacancy(nl.werkmotor.people.Person person,
                                                   nl.werkmotor.vacancies.Vacancy goal, Language language, int k) {
        Person engine = person(person, LocalDate.now());
        Vacancy target = vacancy(goal, LocalDate.now());
        if (engine == null || target == null) {
            return List.of();
        }
        return gaps(index.gapsTowardsVacancy(engine, target, GAP_THRESHOLD, LEARNED, k), language);
    }

    private List<MatchResult> occupations(List<Match> matches, Language language) {
        return matches.stream().map(m -> {
            String uri = occupations.uri(m.id());
            return new MatchResult(uri.substring(uri.lastIndexOf('/') + 1), uri, occupations.label(m.id(), language),
                    m.score(), explain(m.explanation(), language));
        }).toList();
    }

    private List<SkillGapResult> gaps(List<SkillGap> gaps, Language language) {
        return gaps.stream().map(g -> new SkillGapResult(skills.uri(g.skill()), skills.label(g.skill(), language),
                g.unlocks(), g.goalGain())).toList();
    }

    private MatchExplanation explain(Explanation explanation, Language language) {
        List<SkillCredit> matched = new ArrayList<>();
        List<SkillCredit> related = new ArrayList<>();
        List<SkillCredit> missing = new ArrayList<>();
        for (Contribution c : explanation.contributions()) {
            String importance = c.importance().name().toLowerCase(Locale.ROOT);
            switch (c) {
                case Contribution.Matched m -> matched.add(new SkillCredit(skills.uri(m.skill()),
                        skills.label(m.skill(), language), importance, m.weight(), m.contribution(),
                        m.evidence().name(), null, null, null));
                case Contribution.Related r -> related.add(new SkillCredit(skills.uri(r.skill()),
                        skills.label(r.skill(), language), importance, r.weight(), r.contribution(),
                        r.evidence().name(), skills.uri(r.via()), skills.label(r.via(), language),
                        r.relation().name().toLowerCase(Locale.ROOT)));
                case Contribution.Missing x -> missing.add(new SkillCredit(skills.uri(x.skill()),
                        skills.label(x.skill(), language), importance, x.weight(), 0, null, null, null, null));
            }
        }
        return new MatchExplanation(explanation.coverage(), explanation.precision(), matched, related, missing);
    }
}
