package nl.werkmotor.placements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.employerservice.FindEmployerOwner;
import nl.werkmotor.employerservice.FindEmployerOwner.EmployerOwner;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.showcase.FindIntroductionsForPlacement;
import nl.werkmotor.showcase.FindIntroductionsForPlacement.IntroductionForPlacement;

/**
 * Records the placement that follows an introduction the person said yes to, at its first step (the yes, on the
 * day it was said). The person's case worker or the account manager owning the employer records it; the other side
 * confirms it. What it counts by is kept as it is now: the employer's sector and owner, the person's municipality
 * and target groups. Written to the person's processing log in the same transaction.
 */
@Component
public class RecordingPlacement {

    private final PlacementAccess access;
    private final Placements placements;
    private final FindIntroductionsForPlacement introductions;
    private final FindPeople people;
    private final FindEmployers employers;
    private final FindEmployerOwner owners;
    private final FindPlaces places;
    private final PlacementViews views;
    private final PlacementLog log;
    private final Clock clock;

    @Autowired
    RecordingPlacement(PlacementAccess access, Placements placements, FindIntroductionsForPlacement introductions,
                       FindPeople people, FindEmployers employers, FindEmployerOwner owners, FindPlaces places,
                       PlacementViews views, PlacementLog log) {
        this(access, placements, introductions, people, employers, owners, places, views, log, Clock.systemUTC());
    }

    RecordingPlacement(PlacementAccess access, Placements placements, FindIntroductionsForPlacement introductions,
                       FindPeople people, FindEmployers employers, FindEmployerOwner owners, FindPlaces places,
                       PlacementViews views, PlacementLog log, Clock clock) {
        this.access = access;
        this.placements = placements;
        this.introductions = introductions;
        this.people = people;
        this.employers = employers;
        this.owners = owners;
        this.places = places;
        this.views = views;
        this.log = log;
        this.clock = clock;
    }

    /**
     * @throws PlacementNotFound when there is no such introduction, or the user is neither the person's case worker
     *                           nor the account manager owning the employer
     * @throws PlacementRefused  when the person did not say yes, or a placement was recorded for it already
     */
    @Transactional
    public PlacementView record(RecordPlacement command) {
        CurrentUser user = access.user();
        IntroductionForPlacement introduction = introductions.byId(command.introductionId())
                .orElseThrow(() -> PlacementNotFound.introduction(command.introductionId()));
        Side side = access.side(user, introduction.personId(), introduction.employerId())
                .orElseThrow(() -> PlacementNotFound.introduction(command.introductionId()));
        List<Reason> reasons = PlacementPolicy.checkRecording(introduction,
                placements.ofIntroduction(introduction.id()).isPresent());
        if (!reasons.isEmpty()) {
            throw new PlacementRefused(reasons);
        }
        Person person = people.byId(introduction.personId()).orElseThrow();
        Employer employer = employers.byId(introduction.employerId()).orElseThrow();
        Instant now = clock.instant();
        Placement placement = new Placement(0, introduction.id(), person.id(), introduction.vacancyId(), employer.id(),
                user.organisation().id(), owners.of(employer.id()).map(EmployerOwner::username).orElse(null),
                employer.sector() == null ? null : employer.sector().name(),
                person.postcode4() == null ? null
                        : places.municipalityOf(person.postcode4()).map(Municipality::code).orElse(null),
                groups(person), PlacementStep.ACCEPTED, introduction.acceptedOn(), null, null, null, null, null, null,
                null, null, null, null, null, null, List.of(), user.username(), side.name(), now,
                side.other().name(), null, null, null, null);
        long id = placements.insert(placement, now);
        placements.addChange(id, PlacementStep.ACCEPTED, introduction.acceptedOn(),
                "Plaatsing vastgelegd na het ja op de kennismaking.",
                "Placement recorded after the yes to the introduction.", user.username(), user.name(), side.name(), now);
        log.recorded(person.id(), side, employer.name());
        return views.of(placements.byId(id).orElseThrow(), side);
    }

    /**
     * The introductions of this person said yes to that a placement may be recorded for now (the policy's rule), for
     * the case worker's form; the read is written to the person's processing log.
     *
     * @throws PlacementNotFound unless the user is the person's case worker
     */
    public List<RecordableIntroduction> recordableOfPerson(long personId) {
        CurrentUser user = access.user();
        if (!access.guides(user, personId)) {
            throw PlacementNotFound.person(personId);
        }
        return recordable(introductions.acceptedOfPerson(personId), Side.CASE_WORKER);
    }

    /**
     * The introductions said yes to at the employers the account manager owns (or at one of them) that a placement
     * may be recorded for now, for their form; each person's read is written to their processing log.
     *
     * @param employerId one of the employers, or null for all
     * @throws PlacementNotFound when the user is not the account manager owning that employer
     */
    public List<RecordableIntroduction> recordableAtEmployers(Long employerId) {
        CurrentUser user = access.user();
        Set<Long> owned = access.scope(user).filter(s -> s.side() == Side.ACCOUNTMANAGER)
                .map(PlacementAccess.Scope::ids).orElse(Set.of());
        if (employerId != null && !owned.contains(employerId)) {
            throw PlacementNotFound.employer(employerId);
        }
        return recordable(introductions.acceptedAt(employerId == null ? owned : Set.of(employerId)),
                Side.ACCOUNTMANAGER);
    }

    private List<RecordableIntroduction> recordable(List<IntroductionForPlacement> accepted, Side side) {
        List<IntroductionForPlacement> open = accepted.stream().filter(i -> PlacementPolicy.checkRecording(i,
                placements.ofIntroduction(i.id()).isPresent()).isEmpty()).toList();
        log.acceptedIntroductionsRead(open.stream().map(IntroductionForPlacement::personId).distinct().toList(), side);
        return open.stream().map(i -> new RecordableIntroduction(i.id(), i.candidate(),
                views.vacancyTitle(i.vacancyId()), views.employerName(i.employerId()), i.acceptedOn())).toList();
    }

    /**
     * An introduction said yes to, without a placement yet.
     *
     * @param candidate the pseudonym the employer's side knows the person by
     */
    public record RecordableIntroduction(long id, String candidate, String vacancy, String employer,
                                         LocalDate acceptedOn) {
    }

    static java.util.Set<String> groups(Person person) {
        return person.targetGroups().stream().map(TargetGroup::code).map(c -> c.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
