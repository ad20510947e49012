package nl.werkmotor.showcase;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.people.Person;
import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * The introductions the signed-in user may see: an employer those for their employer, an account manager
 * those they asked for an employer they act for now (one they released, or no longer may act for, is gone from
 * their view, contact details and outcomes included), a person their own, a case worker those of the people they guide (on the person's file,
 * {@link #ofGuidedPerson}). The name and contact details show only to the employer or adviser who asked, after
 * a yes and while the person shares them ({@link ContactSharing}). Each reading by the employer's side is written
 * to the person's processing log, also of an introduction not (yet) said yes to, as is a case worker's; a reading
 * after the person stopped sharing is logged as one without them.
 */
@Component
public class FindIntroductions {

    private final ShowcaseAccess access;
    private final Introductions introductions;
    private final IntroductionViews views;
    private final ShowcaseLog log;

    FindIntroductions(ShowcaseAccess access, Introductions introductions, IntroductionViews views, ShowcaseLog log) {
        this.access = access;
        this.introductions = introductions;
        this.views = views;
        this.log = log;
    }

    public List<IntroductionView> visible() {
        CurrentUser user = access.user();
        List<Introduction> found = switch (user.role()) {
            case WERKGEVER -> access.ownEmployer().map(e -> introductions.ofEmployer(e.id())).orElse(List.of());
            case ACCOUNTMANAGER -> introductions.requestedBy(user.username()).stream()
                    .filter(i -> access.advises(user, i.employerId())).toList();
            case WERKZOEKENDE -> access.person().map(p -> introductions.ofPerson(p.id())).orElse(List.of());
            case KLANTMANAGER -> introductions.ofPeople(access.guidedBy(user));
            default -> List.of();
        };
        return shown(user, found);
    }

    /** @throws ShowcaseNotFound when there is none with this id that the user may see */
    public IntroductionView byId(long id) {
        CurrentUser user = access.user();
        Introduction introduction = introductions.byId(id).filter(i -> visibleTo(user, i))
                .orElseThrow(() -> ShowcaseNotFound.introduction(id));
        return shown(user, List.of(introduction)).getFirst();
    }

    /**
     * All introductions of one person the signed-in case worker guides, newest first, for the person's file.
     *
     * @throws ShowcaseNotFound unless the user is a case worker who guides this person
     */
    public IntroductionsOfPerson ofGuidedPerson(long personId) {
        CurrentUser user = access.user();
        if (!access.guides(user, personId)) {
            throw ShowcaseNotFound.person(personId);
        }
        return new IntroductionsOfPerson(shown(user, introductions.ofPerson(personId)),
                introductions.delegated(personId));
    }

    /** Whether the signed-in person lets their case worker decide; false for anyone else. */
    public boolean caseWorkerDecides() {
        return access.person().map(p -> introductions.delegated(p.id())).orElse(false);
    }

    /**
     * Whether the user may see this introduction; the same rule says who may record what came of it
     * ({@link RecordingIntroductionOutcome}), except the person.
     */
    boolean visibleTo(CurrentUser user, Introduction i) {
        return switch (user.role()) {
            case WERKGEVER -> access.ownEmployer().filter(e -> e.id() == i.employerId()).isPresent();
            case ACCOUNTMANAGER -> i.requestedBy().equals(user.username()) && access.advises(user, i.employerId());
            case WERKZOEKENDE -> access.person().map(Person::id).filter(id -> id == i.personId()).isPresent();
            case KLANTMANAGER -> access.guides(user, i.personId());
            default -> false;
        };
    }

    private List<IntroductionView> shown(CurrentUser user, List<Introduction> found) {
        return switch (user.role()) {
            case WERKGEVER, ACCOUNTMANAGER -> found.stream().map(i -> {
                IntroductionView view = views.of(i, true);
                if (view.contact() != null) {
                    log.contactRead(i.personId(), view.employerName());
                } else if (i.status() == IntroductionStatus.ACCEPTED) { // consent withdrawn: not read under it
                    log.readWithoutContact(i.personId(), view.employerName());
                } else { // no name, but the person's answer (or none yet) to that employer: theirs to know
                    log.requestRead(i.personId(), view.employerName(), i.status());
                }
                return view;
            }).toList();
            case KLANTMANAGER -> {
                log.readByCaseWorker(found.stream().map(Introduction::personId).distinct().toList());
                yield found.stream().map(i -> views.of(i, false)).toList();
            }
            default -> found.stream().map(i -> views.of(i, false)).toList();
        };
    }
}
