package nl.werkmotor.taxonomy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * {@code POST /api/v1/tekstherkenning} with {@code {"tekst": "...", "taal": "nl"}}: the skills and
 * occupations a vacancy or CV text names, with their spans. POST because a text of up to
 * {@value LinkText#MAX_TEXT} characters does not fit in a URL. Public and without CSRF token (see
 * the web module's security configuration): it changes nothing and reads no personal data. A text made to
 * cost more than its length allows is a 400 naming {@code tekst} ({@link TextLinkingRefused}), never a
 * partial answer; each client address may ask a limited number of times a minute (429 beyond).
 */
@RestController
class TextLinkingController {

    static final String PATH = "/api/v1/tekstherkenning";

    private final LinkingText linking;

    TextLinkingController(LinkingText linking) {
        this.linking = linking;
    }

    /** @param taal "nl" (default) or "en" */
    record TextRecognitionRequest(String tekst, String taal) {
    }

    record TextRecognition(List<TextMentionFound> mentions) {
    }

    /** @throws ApiProblem naming every invalid field at once */
    @PostMapping(PATH)
    @ApiResponse(responseCode = "200", description = "De vaardigheden en beroepen die de tekst noemt / the skills and"
            + " occupations the text names", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "Te veel teksten van dit adres, probeer het na Retry-After seconden"
            + " opnieuw / too many texts from this address, try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconden / seconds",
                    schema = @Schema(type = "integer")))
    TextRecognition recognizeText(@RequestBody TextRecognitionRequest request) {
        List<InvalidParam> invalid = new ArrayList<>();
        String tekst = request.tekst();
        if (tekst == null || tekst.isBlank()) {
            invalid.add(new InvalidParam("tekst", new Message("tekst is verplicht en mag niet leeg zijn.",
                    "tekst is required and must not be empty.")));
        } else if (tekst.length() > LinkText.MAX_TEXT) {
            invalid.add(new InvalidParam("tekst", new Message("tekst mag hoogstens " + LinkText.MAX_TEXT
                    + " tekens lang zijn, niet " + tekst.length() + ".", "tekst must be at most " + LinkText.MAX_TEXT
                    + " characters long, not " + tekst.length() + ".")));
        }
        String taal = request.taal() == null ? "nl" : request.taal();
        Optional<Language> language = Language.of(taal);
        if (language.isEmpty()) {
            invalid.add(new InvalidParam("taal", new Message("taal moet 'nl' of 'en' zijn, niet '" + taal + "'.",
                    "taal must be 'nl' or 'en', not '" + taal + "'.")));
        }
        if (!invalid.isEmpty()) {
            throw ApiProblem.invalid(invalid);
        }
        try {
            return new TextRecognition(linking.link(new LinkText(tekst, language.orElseThrow())));
        } catch (TextLinkingRefused refused) {
            throw ApiProblem.invalid(refused);
        }
    }
}
