package nl.werkmotor.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;

/**
 * The beleidsmedewerker's dashboard {@code /monitoring} (filters van, tot, per), the same figures as the API: a
 * table and an SVG chart beside it, the region's same-length earlier period to compare with first, provenance; a
 * printable one-page report {@code /monitoring/afdrukken} and {@code /monitoring/csv}. A bad filter is 400 with every
 * reason beside its field.
 */
@Controller
class MonitoringPages {

    private final FindCurrentUser users;
    private final CountingPlacements counting;

    MonitoringPages(FindCurrentUser users, CountingPlacements counting) {
        this.users = users;
        this.counting = counting;
    }

    @Bean
    static NavigationLink monitoringLink() {
        return new NavigationLink("/monitoring", "nav.monitoring", 62, Set.of(Role.BELEIDSMEDEWERKER));
    }

    @GetMapping("/monitoring")
    String dashboard(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                     @RequestParam(required = false) String per, Locale locale, Model model,
                     HttpServletResponse response) {
        return fill("monitoring/dashboard", van, tot, per, locale, model, response);
    }

    @GetMapping("/monitoring/afdrukken")
    String printable(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                     @RequestParam(required = false) String per, Locale locale, Model model,
                     HttpServletResponse response) {
        return fill("monitoring/afdrukken", van, tot, per, locale, model, response);
    }

    @GetMapping("/monitoring/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                               @RequestParam(required = false) String per) {
        CurrentUser user = analyst();
        MonitoringApi.Query query = MonitoringApi.Query.of(van, tot, per, null, YearMonth.now());
        MonitoringApi.Plaatsingen answer = MonitoringApi.answer(counting.count(query.from(), query.to(),
                query.per()), user.organisation().id());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"plaatsingen-" + query.from() + "-"
                        + query.to() + ".csv\"")
                .body(MonitoringCsv.of(answer).getBytes(StandardCharsets.UTF_8));
    }

    private String fill(String view, String van, String tot, String per, Locale locale, Model model,
                        HttpServletResponse response) {
        CurrentUser user = analyst();
        model.addAttribute("van", van);
        model.addAttribute("tot", tot);
        model.addAttribute("per", per == null ? Per.ORGANISATION.parameter() : per);
        model.addAttribute("pers", Arrays.stream(Per.values()).map(Per::parameter).toList());
        MonitoringApi.Query query;
        try {
            query = MonitoringApi.Query.of(van, tot, per, null, YearMonth.now());
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refused", refused);
            return view;
        }
        MonitoringApi.Plaatsingen answer = MonitoringApi.answer(counting.count(query.from(), query.to(),
                query.per()), user.organisation().id());
        long months = ChronoUnit.MONTHS.between(query.from(), query.to()) + 1;
        YearMonth earlierTo = query.from().minusMonths(1);
        MonitoringApi.Plaatsingen earlier = MonitoringApi.answer(counting.count(earlierTo.minusMonths(months - 1),
                earlierTo, query.per()), user.organisation().id());
        model.addAttribute("van", answer.van());
        model.addAttribute("tot", answer.tot());
        model.addAttribute("per", answer.per());
        model.addAttribute("figures", answer);
        model.addAttribute("earlier", earlier);
        model.addAttribute("periods", java.util.List.of(earlier, answer));
        model.addAttribute("chart", MonitoringChart.of(answer, locale));
        model.addAttribute("measures", Arrays.stream(Measure.values()).map(Measure::field).toList());
        return view;
    }

    private CurrentUser analyst() {
        return users.current().filter(u -> u.role() == Role.BELEIDSMEDEWERKER)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
