package nl.werkmotor.employerservice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.web.NavigationLink;

/**
 * The account manager's pages: their portfolio and the region's employers by name, and an employer's file
 * with claim or release, marks and contact moments; both say which employers went over a daily limit lately. A refused claim names the owner; a refused form comes
 * back with every reason beside its field and nothing saved.
 */
@Controller
class PortfolioPages {

    /** The region's employers shown for one search: enough to find one by name, not a dump of the register. */
    static final int SEARCH_RESULTS = 50;

    private final SignedInAccountManager signedIn;
    private final FindPortfolio portfolio;
    private final ClaimingEmployer claiming;
    private final ReleasingEmployer releasing;
    private final RecordingContactMoment recordingContact;
    private final MarkingEmployer marking;
    private final FindVacancies vacancies;

    PortfolioPages(SignedInAccountManager signedIn, FindPortfolio portfolio, ClaimingEmployer claiming,
                   ReleasingEmployer releasing, RecordingContactMoment recordingContact, MarkingEmployer marking,
                   FindVacancies vacancies) {
        this.signedIn = signedIn;
        this.portfolio = portfolio;
        this.claiming = claiming;
        this.releasing = releasing;
        this.recordingContact = recordingContact;
        this.marking = marking;
        this.vacancies = vacancies;
    }

    @Bean
    static NavigationLink portfolioLink() {
        return new NavigationLink("/portefeuille", "nav.portfolio", 20, Set.of(Role.ACCOUNTMANAGER));
    }

    @GetMapping("/portefeuille")
    String portfolio(@RequestParam(defaultValue = "") String naam, Locale locale, Model model) {
        AccountManager accountManager = signedIn.current();
        String text = naam.strip().length() > 100 ? naam.strip().substring(0, 100) : naam.strip();
        model.addAttribute("mine", portfolio.ownedBy(accountManager));
        model.addAttribute("notices", portfolio.notices(accountManager));
        model.addAttribute("naam", text);
        model.addAttribute("found", text.isEmpty() ? null : portfolio.named(text, 0, SEARCH_RESULTS));
        model.addAttribute("language", language(locale));
        return "portefeuille/overzicht";
    }

    @GetMapping("/portefeuille/{id}")
    String employer(@PathVariable long id, Locale locale, Model model) {
        return file(signedIn.current(), id, locale, model, null, Map.of());
    }

    @PostMapping("/portefeuille/{id}/claim")
    String claim(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(id, locale, model, redirect, "portfolio.claimed", "", Map.of(),
                accountManager -> claiming.claim(new ClaimEmployerCommand(accountManager, id)));
    }

    @PostMapping("/portefeuille/{id}/loslaten")
    String release(@PathVariable long id, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(id, locale, model, redirect, "portfolio.released", "", Map.of(),
                accountManager -> releasing.release(new ReleaseEmployerCommand(accountManager, id)));
    }

    @PostMapping("/portefeuille/{id}/contactmomenten")
    String recordContact(@PathVariable long id, @RequestParam(required = false) String datum,
                         @RequestParam(required = false) String soort,
                         @RequestParam(required = false) String samenvatting, Locale locale, Model model,
                         RedirectAttributes redirect) {
        Map<String, String> form = Map.of("datum", orEmpty(datum), "soort", orEmpty(soort), "samenvatting",
                orEmpty(samenvatting));
        return attempt(id, locale, model, redirect, "portfolio.contact.saved", "#contactmomenten", form,
                accountManager -> recordingContact.record(
                        new RecordContactMomentCommand(accountManager, id, datum, soort, samenvatting)));
    }

    @PostMapping("/portefeuille/{id}/kenmerken")
    String mark(@PathVariable long id, @RequestParam(defaultValue = "false") boolean keyAccount,
                @RequestParam(defaultValue = "") String sector, Locale locale, Model model,
                RedirectAttributes redirect) {
        return attempt(id, locale, model, redirect, "portfolio.marks.saved", "#kenmerken", Map.of(),
                accountManager -> marking.mark(new MarkEmployerCommand(accountManager, id, keyAccount, sector)));
    }

    /**
     * Does what the form asks and goes back to the file with a confirmation; a refusal or an ownership
     * conflict shows the file again with the reasons (and the form as it was sent), nothing saved.
     */
    private String attempt(long id, Locale locale, Model model, RedirectAttributes redirect, String savedKey,
                           String anchor, Map<String, String> form, Consumer<AccountManager> action) {
        AccountManager accountManager = signedIn.current();
        try {
            action.accept(accountManager);
        } catch (Refusal refused) {
            return file(accountManager, id, locale, model, refused, form);
        } catch (OwnershipConflict conflict) {
            model.addAttribute("conflict", conflict.text(locale));
            return file(accountManager, id, locale, model, null, Map.of());
        } catch (OutsideRegion elsewhere) {
            model.addAttribute("conflict", elsewhere.text(locale));
            return file(accountManager, id, locale, model, null, Map.of());
        }
        redirect.addFlashAttribute("saved", savedKey);
        return "redirect:/portefeuille/" + id + anchor;
    }

    private String file(AccountManager accountManager, long id, Locale locale, Model model, Refusal refused,
                        Map<String, String> form) {
        EmployerFile file = portfolio.file(id);
        model.addAttribute("file", file);
        model.addAttribute("notices", portfolio.notices(id));
        boolean mine = file.owner() != null && file.owner().ownedBy(accountManager);
        model.addAttribute("mine", mine);
        model.addAttribute("vacancies", mine ? vacancies.byEmployer(id) : List.of());
        model.addAttribute("language", language(locale));
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("kinds", ContactKind.values());
        model.addAttribute("today", LocalDate.now(ZoneId.of("Europe/Amsterdam")));
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "portefeuille/werkgever";
    }

    private static Language language(Locale locale) {
        return Language.of(locale.getLanguage()).orElse(Language.NL);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
