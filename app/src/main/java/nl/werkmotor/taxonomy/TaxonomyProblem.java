package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/** Reading a request about one taxonomy concept, and the problems it can have (written as problem+json by the web shell). */
final class TaxonomyProblem {

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} also takes "1-2-3-4-5". */
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TaxonomyProblem() {
    }

    /** What an API request about one concept asks for. */
    record ConceptRequest(UUID id, Language language) {
    }

    /** @throws ApiProblem naming every invalid parameter at once */
    static ConceptRequest conceptRequest(String id, String taal) {
        List<InvalidParam> invalid = new ArrayList<>();
        Optional<UUID> uuid = conceptId(id);
        if (uuid.isEmpty()) {
            invalid.add(new InvalidParam("id", new Message(
                    "'" + id + "' is geen geldig id: gebruik de UUID aan het eind van de ESCO-URI.",
                    "'" + id + "' is not a valid id: use the UUID at the end of the ESCO URI.")));
        }
        Optional<Language> language = Language.of(taal);
        if (language.isEmpty()) {
            invalid.add(new InvalidParam("taal", new Message(
                    "taal moet 'nl' of 'en' zijn, niet '" + taal + "'.", "taal must be 'nl' or 'en', not '" + taal + "'.")));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        return new ConceptRequest(uuid.orElseThrow(), language.orElseThrow());
    }

    /** The UUID at the end of an ESCO URI, if {@code id} is one. */
    static Optional<UUID> conceptId(String id) {
        return UUID_FORM.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }

    /** @param dutch the kind of concept in Dutch, capitalised: "Beroep", "Vaardigheid" */
    static ApiProblem notFound(String dutch, String english, UUID id) {
        return ApiProblem.notFound(new Message(dutch + " niet gevonden", english + " not found"), new Message(
                "Er is geen " + dutch.toLowerCase() + " met id " + id + " in de huidige taxonomie.",
                "There is no " + english.toLowerCase() + " with id " + id + " in the current taxonomy."));
    }
}
