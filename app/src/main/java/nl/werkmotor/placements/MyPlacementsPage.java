package nl.werkmotor.placements;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.werkmotor.identity.Role;
import nl.werkmotor.web.NavigationLink;

/**
 * {@code /mijn-plaatsingen}: the job seeker's own work after an introduction, in plain words: which step they are
 * in, its dates, what comes next and who to turn to. No notes of the professionals (the reason an early end was
 * given, the history's entries) and no amounts of the instruments. Reading one's own placements is not logged: the
 * processing log records what others do with a person's data, as on the person's other pages.
 */
@Controller
class MyPlacementsPage {

    private final FindOwnPlacements find;

    MyPlacementsPage(FindOwnPlacements find) {
        this.find = find;
    }

    @Bean
    static NavigationLink myPlacementsLink() {
        return new NavigationLink("/mijn-plaatsingen", "nav.myPlacements", 33, Set.of(Role.WERKZOEKENDE));
    }

    @GetMapping("/mijn-plaatsingen")
    String placements(Model model) {
        model.addAttribute("placements", find.mine());
        model.addAttribute("today", LocalDate.now(TakingPlacementStep.NETHERLANDS));
        return "mijn-plaatsingen";
    }
}
