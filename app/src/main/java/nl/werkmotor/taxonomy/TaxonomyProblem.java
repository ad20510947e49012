package nl.werkmotor.taxonomy;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A request about a taxonomy concept that cannot be answered, as problem+json (RFC 9457), Dutch first. */
final class TaxonomyProblem extends RuntimeException {

    /** The canonical 8-4-4-4-12 form only: {@link UUID#fromString} also takes "1-2-3-4-5". */
    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final HttpStatus status;
    private final String title;

    private TaxonomyProblem(HttpStatus status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static UUID conceptId(String id) {
        if (!UUID_FORM.matcher(id).matches()) {
            throw new TaxonomyProblem(HttpStatus.BAD_REQUEST, "Ongeldig id",
                    "'" + id + "' is geen geldig id: gebruik de UUID aan het eind van de ESCO-URI. / "
                            + "Not a valid id: use the UUID at the end of the ESCO URI.");
        }
        return UUID.fromString(id);
    }

    static Language language(String taal) {
        return Language.of(taal).orElseThrow(() -> new TaxonomyProblem(HttpStatus.BAD_REQUEST, "Ongeldige taal",
                "taal moet 'nl' of 'en' zijn, niet '" + taal + "'. / taal must be 'nl' or 'en'."));
    }

    static TaxonomyProblem badRequest(String title, String detail) {
        return new TaxonomyProblem(HttpStatus.BAD_REQUEST, title, detail);
    }

    static TaxonomyProblem notFound(String what, UUID id) {
        return new TaxonomyProblem(HttpStatus.NOT_FOUND, what + " niet gevonden",
                "Er is geen " + what.toLowerCase() + " met id " + id + " in de huidige taxonomie. / "
                        + "There is no such concept with id " + id + " in the current taxonomy.");
    }

    @RestControllerAdvice(assignableTypes = {OccupationController.class, SkillController.class,
            TaxonomySearchController.class})
    static class Handler {

        @ExceptionHandler(TaxonomyProblem.class)
        ResponseEntity<ProblemDetail> problem(TaxonomyProblem problem) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status, problem.getMessage());
            body.setTitle(problem.title);
            return ResponseEntity.status(problem.status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
    }
}
