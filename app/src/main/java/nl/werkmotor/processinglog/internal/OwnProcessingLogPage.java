package nl.werkmotor.processinglog.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.Role;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.web.NavigationLink;
import nl.werkmotor.web.QueryNumber;

/**
 * "Wie heeft mijn gegevens bekeken": the signed-in person's own processing log as a page, newest first,
 * in plain language. Anyone but a person themselves gets the 404 page.
 */
@Controller
class OwnProcessingLogPage {

    static final String PATH = "/mijn-gegevens/verwerkingen";
    static final int PAGE_SIZE = 20;
    /** The region's time: a person reads the clock of where they live. */
    private static final ZoneId REGION = ZoneId.of("Europe/Amsterdam");

    private final SignedInPerson signedIn;
    private final ProcessingLog log;

    OwnProcessingLogPage(SignedInPerson signedIn, ProcessingLog log) {
        this.signedIn = signedIn;
        this.log = log;
    }

    @Bean
    static NavigationLink processingLogLink() {
        return new NavigationLink(PATH, "nav.processingLog", 60, Set.of(Role.WERKZOEKENDE));
    }

    @GetMapping(PATH)
    String processingLog(@RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
        long person = signedIn.personId().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int number = QueryNumber.parse(page, 1, Integer.MAX_VALUE / PAGE_SIZE);
        if (number < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        // one more than is shown tells whether there is a next page
        List<ProcessingRecord> found = log.aboutPerson(person, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(REGION);
        model.addAttribute("lines", found.stream().limit(PAGE_SIZE).map(r -> new Line(r, when.format(r.endTime()))).toList());
        model.addAttribute("page", number);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        return "mijn-gegevens/verwerkingen";
    }

    /** A record with its moment in words, e.g. "30 november 2026 om 09:15". */
    record Line(ProcessingRecord record, String when) {
    }
}
