package nl.werkmotor.showcase;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * Introductions for the placements that follow them. Nobody is checked here and nothing is logged:
 * the caller (the placements module) decides who may record a placement of whom and writes the processing log.
 */
@Component
public class FindIntroductionsForPlacement {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Introductions introductions;

    FindIntroductionsForPlacement(Introductions introductions) {
        this.introductions = introductions;
    }

    /** The introduction with this id, said yes to or not (yet); empty if there is none. */
    public Optional<IntroductionForPlacement> byId(long id) {
        return introductions.byId(id).map(FindIntroductionsForPlacement::forPlacement);
    }

    /** The introductions of this person that they (or their case worker for them) said yes to, oldest first. */
    public List<IntroductionForPlacement> acceptedOfPerson(long personId) {
        return accepted(introductions.ofPerson(personId));
    }

    /** The introductions at these employers that were said yes to, oldest first. */
    public List<IntroductionForPlacement> acceptedAt(Collection<Long> employerIds) {
        return accepted(employerIds.stream().flatMap(e -> introductions.ofEmployer(e).stream()).toList());
    }

    private static List<IntroductionForPlacement> accepted(List<Introduction> found) {
        return found.stream().filter(i -> i.status() == IntroductionStatus.ACCEPTED)
                .sorted(Comparator.comparingLong(Introduction::id)).map(FindIntroductionsForPlacement::forPlacement)
                .toList();
    }

    private static IntroductionForPlacement forPlacement(Introduction i) {
        boolean accepted = i.status() == IntroductionStatus.ACCEPTED;
        return new IntroductionForPlacement(i.id(), i.personId(), i.vacancyId(), i.employerId(), i.candidate(),
                accepted, accepted && i.decidedAt() != null ? LocalDate.ofInstant(i.decidedAt(), NETHERLANDS) : null);
    }

    /**
     * @param candidate  the pseudonym the employer's side knew the person by in the showcase
     * @param accepted   whether the person (or their case worker for them) said yes
     * @param acceptedOn the day of that yes; null when not accepted
     */
    public record IntroductionForPlacement(long id, long personId, long vacancyId, long employerId, String candidate,
                                           boolean accepted, LocalDate acceptedOn) {
    }
}
