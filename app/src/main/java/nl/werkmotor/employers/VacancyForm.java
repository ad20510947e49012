package nl.werkmotor.employers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import nl.werkmotor.taxonomy.Label;
import nl.werkmotor.vacancies.Importance;
import nl.werkmotor.vacancies.SkillRequirement;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyDescription;

/**
 * The vacancy intake form as submitted and as shown again. The form carries all its state (no session):
 * the skill rows come back as pairs {@code vaardigheid-i} (a skill URI) and {@code belang-i} (empty, ESSENTIAL
 * or OPTIONAL); the suggestions are read again from the text and the search box each time, so a row not
 * chosen is kept only while the text or the search still names it (a type-ahead search does not pile up the
 * skills of every word typed on the way).
 */
final class VacancyForm {

    /** More rows than any vacancy needs; bounds the loop over a forged form. */
    static final int MAX_ROWS = 200;

    String title = "";
    String text = "";
    String occupationUri = "";
    String minHours = "";
    String maxHours = "";
    String postcode4 = "";
    boolean suitsBanenafspraak;
    String search = "";
    /** How many skills and occupations the search box found, for the message read out while typing. */
    int foundSkills;
    int foundOccupations;
    /** Skill URIs with the importance chosen ("" for not included), in the order shown. */
    final Map<String, String> chosen = new LinkedHashMap<>();
    /** Filled by {@link VacancySuggestions}: what the page lists. */
    final List<SkillRow> skills = new ArrayList<>();
    final List<OccupationChoice> occupations = new ArrayList<>();

    /**
     * @param mentioned the words of the text that name it, or null when it was not read from the text
     */
    record SkillRow(int index, String uri, Label label, String importance, String mentioned) {
    }

    record OccupationChoice(String uri, Label label, boolean chosen) {
    }

    static VacancyForm submitted(MultiValueMap<String, String> params) {
        VacancyForm form = new VacancyForm();
        form.title = value(params, "title");
        form.text = value(params, "text");
        form.occupationUri = value(params, "occupationUri");
        form.minHours = value(params, "minHours");
        form.maxHours = value(params, "maxHours");
        form.postcode4 = value(params, "postcode4");
        form.suitsBanenafspraak = "true".equals(params.getFirst("suitsBanenafspraak"));
        form.search = value(params, "zoek");
        for (int i = 0; i < MAX_ROWS && params.containsKey("vaardigheid-" + i); i++) {
            String uri = value(params, "vaardigheid-" + i);
            String importance = value(params, "belang-" + i);
            if (!uri.isEmpty() && !importance.isEmpty()) {
                form.chosen.putIfAbsent(uri, importance);
            }
        }
        return form;
    }

    static VacancyForm of(Vacancy vacancy, String text) {
        VacancyForm form = new VacancyForm();
        form.title = vacancy.title();
        form.text = text;
        form.occupationUri = vacancy.occupationUri();
        form.minHours = Integer.toString(vacancy.minHours());
        form.maxHours = Integer.toString(vacancy.maxHours());
        form.postcode4 = vacancy.postcode4();
        form.suitsBanenafspraak = vacancy.suitsBanenafspraak();
        vacancy.requirements().forEach(r -> form.chosen.put(r.skillUri(), r.importance().name()));
        return form;
    }

    static VacancyForm empty(String postcode4) {
        VacancyForm form = new VacancyForm();
        form.postcode4 = postcode4;
        return form;
    }

    VacancyDescription description() {
        List<SkillRequirement> requirements = new ArrayList<>();
        chosen.forEach((uri, importance) -> {
            if (importance.equals(Importance.ESSENTIAL.name()) || importance.equals(Importance.OPTIONAL.name())) {
                requirements.add(new SkillRequirement(uri, Importance.valueOf(importance)));
            }
        });
        return new VacancyDescription(title, text, occupationUri.isEmpty() ? null : occupationUri, requirements,
                number(minHours), number(maxHours), postcode4, suitsBanenafspraak);
    }

    // Thymeleaf reads the fields through getters.
    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getOccupationUri() {
        return occupationUri;
    }

    public String getMinHours() {
        return minHours;
    }

    public String getMaxHours() {
        return maxHours;
    }

    public String getPostcode4() {
        return postcode4;
    }

    public boolean isSuitsBanenafspraak() {
        return suitsBanenafspraak;
    }

    public String getSearch() {
        return search;
    }

    public int getFoundSkills() {
        return foundSkills;
    }

    public int getFoundOccupations() {
        return foundOccupations;
    }

    public List<SkillRow> getSkills() {
        return skills;
    }

    public List<OccupationChoice> getOccupations() {
        return occupations;
    }

    private static String value(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static Integer number(String value) {
        try {
            return value.isEmpty() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
