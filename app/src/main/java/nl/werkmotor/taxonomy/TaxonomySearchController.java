package nl.werkmotor.taxonomy;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/beroepen?zoek=...} and {@code GET /api/v1/vaardigheden?zoek=...}: type-ahead search. */
@RestController
class TaxonomySearchController {

    static final int MAX_TEXT = 200;

    private final SearchingTaxonomy searching;

    TaxonomySearchController(SearchingTaxonomy searching) {
        this.searching = searching;
    }

    @GetMapping("/api/v1/beroepen")
    List<TaxonomySearchHit> occupations(@RequestParam(required = false) String zoek,
            @RequestParam(defaultValue = "nl") String taal, @RequestParam(defaultValue = "10") String pageSize) {
        return search(zoek, TaxonomySearch.Concepts.OCCUPATIONS, taal, pageSize);
    }

    @GetMapping("/api/v1/vaardigheden")
    List<TaxonomySearchHit> skills(@RequestParam(required = false) String zoek,
            @RequestParam(defaultValue = "nl") String taal, @RequestParam(defaultValue = "10") String pageSize) {
        return search(zoek, TaxonomySearch.Concepts.SKILLS, taal, pageSize);
    }

    private List<TaxonomySearchHit> search(String zoek, TaxonomySearch.Concepts concepts, String taal, String pageSize) {
        if (zoek == null || zoek.isBlank()) {
            throw TaxonomyProblem.badRequest("Ongeldige zoekvraag",
                    "zoek is verplicht en mag niet leeg zijn. / zoek is required and must not be empty.");
        }
        if (zoek.length() > MAX_TEXT) {
            throw TaxonomyProblem.badRequest("Ongeldige zoekvraag", "zoek mag hoogstens " + MAX_TEXT
                    + " tekens lang zijn. / zoek must be at most " + MAX_TEXT + " characters long.");
        }
        Language language = TaxonomyProblem.language(taal);
        return searching.search(new TaxonomySearch(zoek, concepts, language, pageSize(pageSize)));
    }

    private static int pageSize(String pageSize) {
        try {
            int size = Integer.parseInt(pageSize.strip());
            if (size >= 1 && size <= TaxonomySearch.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw TaxonomyProblem.badRequest("Ongeldige pageSize", "pageSize moet een getal van 1 tot en met "
                + TaxonomySearch.MAX_LIMIT + " zijn, niet '" + pageSize + "'. / pageSize must be a number from 1 to "
                + TaxonomySearch.MAX_LIMIT + ".");
    }
}
