package nl.werkmotor.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * A professional records a person's target groups and the facts the Toolbox's rules read ({@link EligibilityFacts}):
 * checked whole first (groups of the list, only active ones newly given; dates that can be; loonwaarde a
 * percentage), then saved under the person's row lock with who did it, in the person's history and processing
 * log, and {@link PersonChanged} published. A birth date sets the birth year with it.
 */
@Component
public class ChangingEligibilityFacts {

    static final int MIN_AGE = 15;
    static final int MAX_AGE = 100;

    private final JdbcTemplate jdbc;
    private final FindPeople people;
    private final FindTargetGroups groups;
    private final RecordingProcessing recording;
    private final ApplicationEventPublisher events;

    ChangingEligibilityFacts(JdbcTemplate jdbc, FindPeople people, FindTargetGroups groups,
                             RecordingProcessing recording, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.groups = groups;
        this.recording = recording;
        this.events = events;
    }

    /**
     * @return the facts as saved
     * @throws Refusal        naming every field to fix ({@code doelgroepen}, {@code geboortedatum}, {@code uitkering},
     *                        {@code uitkeringSinds}, {@code arbeidsbeperking}, {@code loonwaarde}); nothing is saved
     * @throws PersonNotFound when there is no such person
     */
    @Transactional
    public EligibilityFacts change(ChangeEligibilityFacts command) {
        if (command.author().isPerson()) {
            throw new IllegalArgumentException("A professional records these facts with the person");
        }
        if (jdbc.queryForList("select id from person where id = ? for update", Long.class, command.personId()).isEmpty()) {
            throw new PersonNotFound(command.personId());
        }
        EligibilityFacts now = people.eligibilityFacts(command.personId())
                .orElseThrow(() -> new PersonNotFound(command.personId()));
        problems(command, now).refuseIfAny();
        int birthYear = command.birthDate() != null ? command.birthDate().getYear() : now.birthYear();
        BenefitType benefit = Objects.requireNonNullElse(command.benefit(), now.benefit());
        WorkLimitation limitation = Objects.requireNonNullElse(command.workLimitation(), WorkLimitation.NONE);
        EligibilityFacts wanted = new EligibilityFacts(now.personId(), birthYear, command.birthDate(),
                command.targetGroups(), benefit, command.benefitSince(), limitation, command.loonwaardePercentage());
        if (wanted.equals(now)) {
            return now;
        }
        jdbc.update("""
                update person set birth_year = ?, birth_date = ?, target_groups = ?, benefit = ?, benefit_since = ?,
                    work_limitation = ?, loonwaarde = ? where id = ?""", birthYear, wanted.birthDate(),
                wanted.targetGroups().stream().sorted().map(TargetGroup::code).toArray(String[]::new), benefit.name(),
                wanted.benefitSince(), limitation.name(), wanted.loonwaardePercentage(), wanted.personId());
        Message description = describe(now, wanted);
        ProfileHistory.add(jdbc, now.personId(), command.author().account(), command.author().kind(), description);
        recording.record(now.personId(), Operation.CHANGE, command.author().purpose(), description);
        events.publishEvent(new PersonChanged(now.personId()));
        return wanted;
    }

    private Refusal.Reasons problems(ChangeEligibilityFacts command, EligibilityFacts now) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        command.unreadable().forEach(r -> reasons.add(r.field(), r.nl(), r.en()));
        Map<TargetGroup, TargetGroupDefinition> list = groups.all().stream()
                .collect(Collectors.toMap(TargetGroupDefinition::group, Function.identity()));
        for (TargetGroup group : command.targetGroups().stream().sorted().toList()) {
            TargetGroupDefinition known = list.get(group);
            if (known == null) {
                reasons.add("doelgroepen", "De doelgroep " + group.code() + " staat niet in de lijst.",
                        "Target group " + group.code() + " is not in the list.");
            } else if (!known.active() && !now.isIn(group)) {
                reasons.add("doelgroepen", "De doelgroep '" + known.nameNl() + "' is niet meer actief: niemand komt er "
                        + "nog bij.", "Target group '" + known.nameEn() + "' is no longer active: no one new joins it.");
            }
        }
        LocalDate today = command.today();
        LocalDate born = command.birthDate();
        if (born != null && (born.isAfter(today.minusYears(MIN_AGE)) || born.isBefore(today.minusYears(MAX_AGE)))) {
            reasons.add("geboortedatum", "Een geboortedatum ligt " + MIN_AGE + " tot " + MAX_AGE + " jaar terug, niet "
                    + born + ".", "A birth date lies " + MIN_AGE + " to " + MAX_AGE + " years back, not " + born + ".");
        }
        BenefitType benefit = Objects.requireNonNullElse(command.benefit(), now.benefit());
        LocalDate since = command.benefitSince();
        if (since != null) {
            LocalDate adult = born != null ? born.plusYears(MIN_AGE) : LocalDate.of(now.birthYear() + MIN_AGE, 1, 1);
            if (benefit == BenefitType.NONE) {
                reasons.add("uitkeringSinds", "Zonder uitkering is er geen datum 'uitkering sinds': kies eerst de "
                        + "uitkering, of laat de datum leeg.", "Without a benefit there is no 'benefit since' date: "
                        + "choose the benefit first, or leave the date empty.");
            } else if (since.isAfter(today)) {
                reasons.add("uitkeringSinds", "De uitkering kan niet na vandaag (" + today + ") ingaan: " + since + ".",
                        "The benefit cannot start after today (" + today + "): " + since + ".");
            } else if (since.isBefore(adult)) {
                reasons.add("uitkeringSinds", "De uitkering kan niet ingaan voor de klant " + MIN_AGE + " was: "
                        + since + ".", "The benefit cannot start before the client was " + MIN_AGE + ": " + since + ".");
            }
        }
        Integer loonwaarde = command.loonwaardePercentage();
        if (loonwaarde != null && (loonwaarde < 0 || loonwaarde > 100)) {
            reasons.add("loonwaarde", "De loonwaarde is een percentage van 0 tot en met 100, niet " + loonwaarde + ".",
                    "The loonwaarde is a percentage from 0 to 100, not " + loonwaarde + ".");
        }
        return reasons;
    }

    private static Message describe(EligibilityFacts was, EligibilityFacts is) {
        List<String> nl = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!was.targetGroups().equals(is.targetGroups())) {
            nl.add("doelgroepen gewijzigd");
            en.add("target groups changed");
        }
        if (!Objects.equals(was.birthDate(), is.birthDate()) || was.birthYear() != is.birthYear()) {
            nl.add("geboortedatum gewijzigd");
            en.add("birth date changed");
        }
        if (was.benefit() != is.benefit() || !Objects.equals(was.benefitSince(), is.benefitSince())) {
            nl.add("uitkering gewijzigd");
            en.add("benefit changed");
        }
        if (was.workLimitation() != is.workLimitation()) {
            nl.add("arbeidsbeperking gewijzigd");
            en.add("work limitation changed");
        }
        if (!Objects.equals(was.loonwaardePercentage(), is.loonwaardePercentage())) {
            nl.add("loonwaarde gewijzigd");
            en.add("loonwaarde changed");
        }
        return new Message("Profiel: " + String.join(", ", nl) + ".", "Profile: " + String.join(", ", en) + ".");
    }
}
