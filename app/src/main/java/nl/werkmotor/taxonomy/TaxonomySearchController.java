package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.QueryNumber;

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

    /** @throws ApiProblem naming every invalid parameter at once */
    private List<TaxonomySearchHit> search(String zoek, TaxonomySearch.Concepts concepts, String taal, String pageSize) {
        List<InvalidParam> invalid = new ArrayList<>();
        if (zoek == null || zoek.isBlank()) {
            invalid.add(new InvalidParam("zoek", new Message("zoek is verplicht en mag niet leeg zijn.",
                    "zoek is required and must not be empty.")));
        } else if (zoek.length() > MAX_TEXT) {
            invalid.add(new InvalidParam("zoek", new Message("zoek mag hoogstens " + MAX_TEXT + " tekens lang zijn.",
                    "zoek must be at most " + MAX_TEXT + " characters long.")));
        }
        Optional<Language> language = Language.of(taal);
        if (language.isEmpty()) {
            invalid.add(new InvalidParam("taal", new Message("taal moet 'nl' of 'en' zijn, niet '" + taal + "'.",
                    "taal must be 'nl' or 'en', not '" + taal + "'.")));
        }
        int size = QueryNumber.parse(pageSize, 1, TaxonomySearch.MAX_LIMIT);
        if (size < 0) {
            invalid.add(new InvalidParam("pageSize", new Message("pageSize moet een getal van 1 tot en met "
                    + TaxonomySearch.MAX_LIMIT + " zijn, niet '" + pageSize + "'.",
                    "pageSize must be a number from 1 to " + TaxonomySearch.MAX_LIMIT + ", not '" + pageSize + "'.")));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        return searching.search(new TaxonomySearch(zoek, concepts, language.orElseThrow(), size));
    }
}
