package nl.werkmotor.vacancies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.SkillSummary;
import nl.werkmotor.platform.Refusal.Reason;

/** The rules a vacancy description must meet before it is saved, each with a Dutch and an English reason. */
@Component
class CheckingVacancy {

    private static final Pattern POSTCODE4 = Pattern.compile("[1-9][0-9]{3}");

    private final FindOccupation occupations;
    private final FindSkill skills;
    private final FindPlaces places;
    private final DeploymentRegion region;

    CheckingVacancy(FindOccupation occupations, FindSkill skills, FindPlaces places, DeploymentRegion region) {
        this.occupations = occupations;
        this.skills = skills;
        this.places = places;
        this.region = region;
    }

    /** @throws VacancyRefused naming every problem */
    void check(VacancyDescription d) {
        List<Reason> problems = new ArrayList<>();
        if (blank(d.title())) {
            problems.add(new Reason("title", "Geef de vacature een titel.", "Give the vacancy a title."));
        } else if (d.title().strip().length() > VacancyDescription.MAX_TITLE) {
            problems.add(new Reason("title", "De titel mag hoogstens " + VacancyDescription.MAX_TITLE + " tekens lang zijn.",
                    "The title may be at most " + VacancyDescription.MAX_TITLE + " characters long."));
        }
        if (d.text() != null && d.text().length() > VacancyDescription.MAX_TEXT) {
            problems.add(new Reason("text", "De vacaturetekst mag hoogstens " + VacancyDescription.MAX_TEXT
                    + " tekens lang zijn.", "The vacancy text may be at most " + VacancyDescription.MAX_TEXT
                    + " characters long."));
        }
        if (blank(d.occupationUri())) {
            problems.add(new Reason("occupationUri", "Kies het beroep dat bij deze vacature hoort.",
                    "Choose the occupation this vacancy is for."));
        } else if (occupations.byUri(d.occupationUri(), Language.NL).isEmpty()) {
            problems.add(new Reason("occupationUri", "Dit beroep kennen we niet: " + d.occupationUri() + ".",
                    "We do not know this occupation: " + d.occupationUri() + "."));
        }
        requirements(d.requirements(), problems);
        hours(d, problems);
        if (blank(d.postcode4()) || !POSTCODE4.matcher(d.postcode4().strip()).matches()) {
            problems.add(new Reason("postcode4", "Vul de postcode van de werkplek in als vier cijfers, bijvoorbeeld 3011.",
                    "Enter the postcode of the workplace as four digits, for example 3011."));
        } else if (places.postcode(d.postcode4().strip()).isEmpty()) {
            problems.add(new Reason("postcode4", "Postcodegebied " + d.postcode4().strip() + " kennen we niet.",
                    "We do not know postcode area " + d.postcode4().strip() + "."));
        } else if (!region.contains(d.postcode4().strip())) { // a place outside would only serve to probe distances
            problems.add(new Reason("postcode4", "Postcodegebied " + d.postcode4().strip()
                    + " ligt niet in arbeidsmarktregio " + region.name() + ". Werkmotor bemiddelt hier alleen"
                    + " voor werk in deze regio: vul de postcode van een werkplek in de regio in.",
                    "Postcode area " + d.postcode4().strip() + " is not in the labour market region " + region.name()
                    + ". Werkmotor here matches only work in this region: enter the postcode of a workplace in"
                    + " the region."));
        }
        if (!problems.isEmpty()) {
            throw new VacancyRefused(problems);
        }
    }

    private void requirements(List<SkillRequirement> requirements, List<Reason> problems) {
        if (requirements.isEmpty()) {
            problems.add(new Reason("requirements", "Kies ten minste één vaardigheid die het werk vraagt.",
                    "Choose at least one skill the work asks for."));
            return;
        }
        if (requirements.size() > VacancyDescription.MAX_SKILLS) {
            problems.add(new Reason("requirements", "Kies hoogstens " + VacancyDescription.MAX_SKILLS + " vaardigheden.",
                    "Choose at most " + VacancyDescription.MAX_SKILLS + " skills."));
        }
        if (requirements.stream().noneMatch(r -> r.importance() == Importance.ESSENTIAL)) {
            problems.add(new Reason("requirements", "Markeer ten minste één vaardigheid als essentieel.",
                    "Mark at least one skill as essential."));
        }
        Set<String> seen = new HashSet<>();
        Map<String, SkillSummary> known = skills.summaries(
                requirements.stream().map(SkillRequirement::skillUri).filter(u -> u != null).toList(), Language.NL);
        for (SkillRequirement r : requirements) {
            if (r.skillUri() == null || r.importance() == null || !known.containsKey(r.skillUri())) {
                problems.add(new Reason("requirements", "Deze vaardigheid kennen we niet: " + r.skillUri() + ".",
                        "We do not know this skill: " + r.skillUri() + "."));
            } else if (!seen.add(r.skillUri())) {
                problems.add(new Reason("requirements", "Deze vaardigheid staat twee keer in de lijst: "
                        + known.get(r.skillUri()).label().text() + ".", "This skill is listed twice: " + r.skillUri() + "."));
            }
        }
    }

    private static void hours(VacancyDescription d, List<Reason> problems) {
        boolean minimum = hour(d.minHours(), "minHours", "minimum", problems);
        boolean maximum = hour(d.maxHours(), "maxHours", "maximum", problems);
        if (minimum && maximum && d.minHours() > d.maxHours()) {
            problems.add(new Reason("maxHours", "Het maximum aantal uren per week is kleiner dan het minimum.",
                    "The maximum hours a week are fewer than the minimum."));
        }
    }

    private static boolean hour(Integer hours, String field, String which, List<Reason> problems) {
        if (hours == null) {
            problems.add(new Reason(field, "Vul het " + which + " aantal uren per week in.",
                    "Enter the " + which + " hours a week."));
            return false;
        }
        if (hours < 1 || hours > VacancyDescription.MAX_HOURS) {
            problems.add(new Reason(field, "Het " + which + " aantal uren per week moet tussen 1 en "
                    + VacancyDescription.MAX_HOURS + " liggen, niet " + hours + ".", "The " + which
                    + " hours a week must be from 1 to " + VacancyDescription.MAX_HOURS + ", not " + hours + "."));
            return false;
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
