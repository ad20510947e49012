package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPersonalDataHeldElsewhere;
import nl.werkmotor.people.PeopleReplaced;
import nl.werkmotor.people.PersonRemoved;
import nl.werkmotor.people.PersonalDataSection;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Placements' part of the person's data (AVG articles 15, 17 and 20): their placements with every step, the contract,
 * the instruments and the outflow in their export; erased with the person (the history and instruments with them, by
 * the tables' cascade), and all of them when everyone is replaced (a new demo region). Synchronous, in the erasing
 * transaction.
 */
@Component
class PlacementsForTheExport implements FindPersonalDataHeldElsewhere {

    private final Placements placements;
    private final JdbcTemplate jdbc;

    PlacementsForTheExport(Placements placements, JdbcTemplate jdbc) {
        this.placements = placements;
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> about(long personId, Language language) {
        Locale locale = Locale.of(language.code());
        return List.of(PersonalDataSection.of("placements", new Message("Uw werk na een kennismaking",
                        "Your work after an introduction"), List.of("placement", "placement_instrument",
                        "placement_change"), language, placements.ofPerson(personId), (p, item) -> item
                        .add("step", "Stand", "Status", p.step().label(locale))
                        .add("acceptedOn", "Ja gezegd op", "Accepted on", text(p.acceptedOn()))
                        .add("interviewOn", "Sollicitatiegesprek op", "Interview on", text(p.interviewOn()))
                        .add("trialFrom", "Proefplaatsing vanaf", "Trial placement from", text(p.trialFrom()))
                        .add("startedOn", "Aan het werk vanaf", "Started on", text(p.startedOn()))
                        .add("aftercareFrom", "Nazorg vanaf", "Aftercare from", text(p.aftercareFrom()))
                        .add("lasting6On", "Duurzaam na 6 maanden op", "Lasting at 6 months on", text(p.lasting6On()))
                        .add("lasting12On", "Duurzaam na 12 maanden op", "Lasting at 12 months on",
                                text(p.lasting12On()))
                        .add("endedOn", "Gestopt op", "Ended on", text(p.endedOn()))
                        .add("endReason", "Reden", "Reason", p.endReason())
                        .add("hoursPerWeek", "Uren per week", "Hours per week",
                                p.hoursPerWeek() == null ? null : p.hoursPerWeek().toString())
                        .add("contractMonths", "Contract (maanden)", "Contract (months)",
                                p.contractMonths() == null ? null : p.contractMonths().toString())
                        .add("outflowBenefit", "Uit de uitkering", "Left the benefit", p.outflowBenefit())
                        .add("outflowOn", "Uitstroom op", "Outflow on", text(p.outflowOn()))
                        .add("instruments", "Instrumenten", "Instruments", p.instruments().isEmpty() ? null
                                : String.join(", ", p.instruments().stream().map(i -> i.code()).toList()))));
    }

    @EventListener
    void on(PeopleReplaced replaced) {
        jdbc.execute("truncate placement cascade");
    }

    @EventListener
    void on(PersonRemoved removed) {
        placements.deleteOfPerson(removed.personId());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
