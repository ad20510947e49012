package nl.werkmotor.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.people.Person;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * The person says yes or no to an introduction, once; on a yes they give the contact details the employer
 * may use. Their case worker (klantmanager: the one whose caseload they are in, {@link FindGuidedPeople}) may
 * decide instead, for people who chose so on their introductions page ({@link ChoosingWhoDecides}); that
 * decision is written to the person's processing log.
 */
@Component
public class DecidingIntroduction {

    static final int MAX_CONTACT = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{7,19}");

    private final ShowcaseAccess access;
    private final Introductions introductions;
    private final IntroductionViews views;
    private final ContactSharing sharing;
    private final ShowcaseLog log;

    DecidingIntroduction(ShowcaseAccess access, Introductions introductions, IntroductionViews views,
                         ContactSharing sharing, ShowcaseLog log) {
        this.access = access;
        this.introductions = introductions;
        this.views = views;
        this.sharing = sharing;
        this.log = log;
    }

    /**
     * @throws ShowcaseNotFound    when the user is not the person, nor their case worker, or the introduction is
     *                             not of the person the command names
     * @throws IntroductionRefused when the person did not let their case worker decide, it was decided before, or
     *                             the contact details are missing or malformed
     */
    @Transactional
    public IntroductionView decide(DecideIntroduction command) {
        Introduction introduction = introductions.byId(command.introductionId(), command.personId())
                .orElseThrow(() -> ShowcaseNotFound.introduction(command.introductionId()));
        CurrentUser user = access.user();
        Optional<Person> person = access.person();
        boolean self = person.isPresent() && person.get().id() == introduction.personId();
        if (!self && !access.guides(user, introduction.personId())) {
            throw ShowcaseNotFound.introduction(command.introductionId());
        }
        if (!self && !introductions.delegated(introduction.personId())) { // the case worker sees it, the person decides
            throw IntroductionRefused.because("accept", "De klant beslist zelf over deze kennismaking.",
                    "The client decides on this introduction themselves.");
        }
        String email = blankToNull(command.email());
        String phone = blankToNull(command.phone());
        if (command.accept()) {
            contact(email, phone);
        } else {
            email = null; // a no shares nothing
            phone = null;
        }
        IntroductionStatus status = command.accept() ? IntroductionStatus.ACCEPTED : IntroductionStatus.DECLINED;
        ContactConsent consent = command.accept() ? sharing.onYes(introduction.personId()) : ContactConsent.WITHDRAWN;
        if (introduction.status() != IntroductionStatus.REQUESTED || !introductions.decide(introduction.id(), status,
                user.username(), self ? "PERSON" : "CASE_WORKER", email, phone, consent)) {
            throw IntroductionRefused.because("accept", "Over deze kennismaking is al besloten.",
                    "This introduction was decided already.");
        }
        if (!self) {
            log.decidedByCaseWorker(introduction.personId(), command.accept(), access.employerName(introduction.employerId()));
        }
        return views.of(introductions.byId(introduction.id()).orElseThrow(), false);
    }

    private static void contact(String email, String phone) {
        List<Reason> problems = new ArrayList<>();
        if (email == null && phone == null) {
            problems.add(new Reason("email",
                    "Vul een e-mailadres of telefoonnummer in, zodat de werkgever u kan bereiken.",
                    "Enter an e-mail address or phone number, so that the employer can reach you."));
        }
        if (email != null && (email.length() > MAX_CONTACT || !EMAIL.matcher(email).matches())) {
            problems.add(new Reason("email", "Vul een e-mailadres in zoals naam@voorbeeld.nl.",
                    "Enter an e-mail address like name@example.org."));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new Reason("phone", "Vul een telefoonnummer in zoals 06 12345678.",
                    "Enter a phone number like 06 12345678."));
        }
        if (!problems.isEmpty()) {
            throw new IntroductionRefused(problems);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
