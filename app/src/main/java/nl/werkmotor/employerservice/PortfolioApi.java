package nl.werkmotor.employerservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The account manager's portfolio over {@code /api/v1}: their own employers, claiming and releasing an
 * employer (409 naming the owner when it is someone else's, 403 with the regions for an employer outside the
 * region the account manager's organisation serves), and an employer's contact moments.
 */
@RestController
class PortfolioApi {

    private final SignedInAccountManager signedIn;
    private final FindPortfolio portfolio;
    private final ClaimingEmployer claiming;
    private final ReleasingEmployer releasing;
    private final RecordingContactMoment recordingContact;

    PortfolioApi(SignedInAccountManager signedIn, FindPortfolio portfolio, ClaimingEmployer claiming,
                 ReleasingEmployer releasing, RecordingContactMoment recordingContact) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.claiming = claiming;
        this.releasing = releasing;
        this.recordingContact = recordingContact;
    }

    /** @param sectorKenmerk the sector the WSP files it under, null for its own */
    record PortefeuilleWerkgever(long id, String naam, String sector, String grootte, String postcodegebied,
                                 boolean keyAccount, String sectorKenmerk, Instant eigenaarSinds) {
    }

    record Claim(long werkgever, String eigenaar, String eigenaarNaam, Instant sinds) {

        static Claim of(Ownership o) {
            return new Claim(o.employerId(), o.accountManager(), o.ownerName(), o.since());
        }
    }

    record Contactmoment(long id, LocalDate datum, String soort, String samenvatting, String auteur) {

        static Contactmoment of(ContactMoment c) {
            return new Contactmoment(c.id(), c.date(), c.kind().name(), c.summary(), c.authorName());
        }
    }

    /**
     * @param datum yyyy-MM-dd, not after today
     * @param soort one of VISIT, PHONE, EMAIL, VIDEO_CALL, EVENT
     */
    record NieuwContactmoment(@Schema(type = "string", format = "date", example = "2026-11-02") String datum,
                              String soort, String samenvatting) {
    }

    @GetMapping("/api/v1/portefeuille")
    List<PortefeuilleWerkgever> portfolio() {
        return portfolio.ownedBy(signedIn.current()).stream().map(e -> new PortefeuilleWerkgever(e.employer().id(),
                e.employer().name(), e.employer().sector().name(), e.employer().size().name(), e.employer().postcode4(),
                e.mark().keyAccount(), e.mark().sector() == null ? null : e.mark().sector().name(), e.owner().since()))
                .toList();
    }

    /** Idempotent for the owner; another account manager's employer is a 409 that names the owner. */
    @PutMapping("/api/v1/werkgevers/{id}/claim")
    Claim claim(@PathVariable long id) {
        AccountManager accountManager = signedIn.current();
        return answer(id, () -> Claim.of(claiming.claim(new ClaimEmployerCommand(accountManager, id))));
    }

    @DeleteMapping("/api/v1/werkgevers/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable long id) {
        AccountManager accountManager = signedIn.current();
        answer(id, () -> {
            releasing.release(new ReleaseEmployerCommand(accountManager, id));
            return null;
        });
    }

    @GetMapping("/api/v1/werkgevers/{id}/contactmomenten")
    List<Contactmoment> contacts(@PathVariable long id) {
        signedIn.current();
        return answer(id, () -> portfolio.file(id).contacts().stream().map(Contactmoment::of).toList());
    }

    /** Only the owner records contacts; 400 names every field to fix. */
    @PostMapping("/api/v1/werkgevers/{id}/contactmomenten")
    @ResponseStatus(HttpStatus.CREATED)
    Contactmoment recordContact(@PathVariable long id, @RequestBody NieuwContactmoment contact) {
        AccountManager accountManager = signedIn.current();
        return answer(id, () -> Contactmoment.of(recordingContact.record(new RecordContactMomentCommand(
                accountManager, id, contact.datum(), contact.soort(), contact.samenvatting()))));
    }

    private static <T> T answer(long employerId, Supplier<T> request) {
        try {
            return request.get();
        } catch (NoSuchEmployer absent) {
            throw ApiProblem.notFound(new Message("Werkgever niet gevonden", "Employer not found"),
                    new Message("Er is geen werkgever " + employerId + ".", "There is no employer " + employerId + "."));
        } catch (OwnershipConflict conflict) {
            throw ApiProblem.conflict(new Message("Niet uw werkgever", "Not your employer"),
                    new Message(conflict.text(Locale.forLanguageTag("nl")), conflict.text(Locale.ENGLISH)));
        } catch (OutsideRegion elsewhere) {
            throw ApiProblem.forbidden(new Message("Niet uw regio", "Not your region"),
                    new Message(elsewhere.nl(), elsewhere.en()));
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }
}
