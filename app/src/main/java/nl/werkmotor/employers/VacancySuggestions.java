package nl.werkmotor.employers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Label;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.LinkText;
import nl.werkmotor.taxonomy.LinkingText;
import nl.werkmotor.taxonomy.SearchingTaxonomy;
import nl.werkmotor.taxonomy.SkillSummary;
import nl.werkmotor.taxonomy.TaxonomySearch;
import nl.werkmotor.taxonomy.TaxonomySearchHit;
import nl.werkmotor.taxonomy.TextLinkingRefused;
import nl.werkmotor.taxonomy.TextMentionFound;

/**
 * What the intake form offers to choose from: the skills and occupations the vacancy text names (to be
 * confirmed, never taken over unasked), the ones found by the search box, and the ones already chosen.
 */
@Component
class VacancySuggestions {

    static final int SEARCH_SKILLS = 8;
    static final int SEARCH_OCCUPATIONS = 5;
    static final int MAX_SEARCH = 200;

    private final LinkingText linking;
    private final SearchingTaxonomy searching;
    private final FindSkill skills;
    private final FindOccupation occupations;

    VacancySuggestions(LinkingText linking, SearchingTaxonomy searching, FindSkill skills, FindOccupation occupations) {
        this.linking = linking;
        this.searching = searching;
        this.skills = skills;
        this.occupations = occupations;
    }

    /** @return why the text could not be read for suggestions (about field "text"), if it could not */
    Optional<Refusal> fill(VacancyForm form, Language language) {
        List<TextMentionFound> mentions = List.of();
        Optional<Refusal> unread = Optional.empty();
        try {
            if (!form.text.isBlank() && form.text.length() <= LinkText.MAX_TEXT) {
                mentions = linking.link(new LinkText(form.text, language));
            }
        } catch (TextLinkingRefused refused) {
            unread = Optional.of(new Refusal(refused.reasons().stream()
                    .map(r -> new Refusal.Reason("text", r.nl(), r.en())).toList()));
        }
        String search = form.search.length() > MAX_SEARCH ? form.search.substring(0, MAX_SEARCH) : form.search;

        Map<String, String> mentioned = new LinkedHashMap<>(form.chosen.size());
        form.chosen.keySet().forEach(uri -> mentioned.put(uri, null));
        Map<String, Label> occupationLabels = new LinkedHashMap<>();
        if (!form.occupationUri.isEmpty()) {
            occupations.byUri(form.occupationUri, language).ifPresent(o -> occupationLabels.put(o.uri(), o.label()));
        }
        for (TextMentionFound m : mentions) {
            if (m.kind().equals("skill")) {
                mentioned.merge(m.uri(), m.text(), (old, found) -> old == null ? found : old);
            } else {
                occupationLabels.putIfAbsent(m.uri(), m.label());
            }
        }
        if (!search.isBlank()) {
            List<TaxonomySearchHit> skillHits = searching.search(new TaxonomySearch(search,
                    TaxonomySearch.Concepts.SKILLS, language, SEARCH_SKILLS));
            skillHits.forEach(hit -> mentioned.putIfAbsent(hit.uri(), null));
            List<TaxonomySearchHit> occupationHits = searching.search(new TaxonomySearch(search,
                    TaxonomySearch.Concepts.OCCUPATIONS, language, SEARCH_OCCUPATIONS));
            occupationHits.forEach(hit -> occupationLabels.putIfAbsent(hit.uri(), hit.label()));
            form.foundSkills = skillHits.size();
            form.foundOccupations = occupationHits.size();
        }

        Map<String, SkillSummary> known = skills.summaries(mentioned.keySet(), language);
        List<VacancyForm.SkillRow> rows = new ArrayList<>();
        mentioned.forEach((uri, words) -> {
            SkillSummary skill = known.get(uri);
            if (skill != null) {
                rows.add(new VacancyForm.SkillRow(rows.size(), uri, skill.label(), form.chosen.getOrDefault(uri, ""),
                        words));
            }
        });
        form.skills.addAll(rows);
        occupationLabels.forEach((uri, label) -> form.occupations.add(
                new VacancyForm.OccupationChoice(uri, label, uri.equals(form.occupationUri))));
        return unread;
    }
}
