package nl.werkmotor.taxonomy;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.werkmotor.web.NavigationLink;

/**
 * {@code /taxonomie}: find an occupation or a skill by any of its Dutch or English names. A plain
 * form that works without JavaScript; with htmx the results follow the typing (type-ahead), and only
 * the result list is sent.
 */
@Controller
class TaxonomySearchPage {

    static final int RESULTS = 20;

    private final SearchingTaxonomy searching;

    TaxonomySearchPage(SearchingTaxonomy searching) {
        this.searching = searching;
    }

    @Bean
    static NavigationLink taxonomyLink() {
        return new NavigationLink("/taxonomie", "nav.taxonomy", 10);
    }

    @GetMapping("/taxonomie")
    String search(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "beroepen") String soort,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        String text = zoek.strip();
        if (text.length() > TaxonomySearchController.MAX_TEXT) {
            text = text.substring(0, TaxonomySearchController.MAX_TEXT);
        }
        TaxonomySearch.Concepts concepts = soort.equals("vaardigheden")
                ? TaxonomySearch.Concepts.SKILLS : TaxonomySearch.Concepts.OCCUPATIONS;
        Language language = Language.of(locale.getLanguage()).orElse(Language.NL);
        List<TaxonomySearchHit> hits = text.isEmpty() ? List.of()
                : searching.search(new TaxonomySearch(text, concepts, language, RESULTS));
        model.addAttribute("zoek", text);
        model.addAttribute("soort", concepts == TaxonomySearch.Concepts.SKILLS ? "vaardigheden" : "beroepen");
        model.addAttribute("hits", hits);
        return htmx != null ? "taxonomie/zoeken :: results" : "taxonomie/zoeken";
    }
}
