package nl.werkmotor.monitoring;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.NavigationLink;

/**
 * Writing stories (tellen en vertellen): the klantmanager's and accountmanager's own stories under {@code /verhalen},
 * the beleidsmedewerker's under {@code /monitoring/verhalen}, where they also read the published stories of a period.
 * A writer changes only their own drafts; another's story is 404. A refused form shows every reason beside its field
 * and saves nothing.
 */
@Controller
class StoryPages {

    private final SignedInStoryWriter signedIn;
    private final FindStories stories;
    private final WritingStory writing;
    private final WithdrawingStoryConsent withdrawing;
    private final StoryChoices choices;

    StoryPages(SignedInStoryWriter signedIn, FindStories stories, WritingStory writing, WithdrawingStoryConsent withdrawing,
               StoryChoices choices) {
        this.signedIn = signedIn;
        this.stories = stories;
        this.writing = writing;
        this.withdrawing = withdrawing;
        this.choices = choices;
    }

    @Bean
    static NavigationLink storiesLink() {
        return new NavigationLink("/verhalen", "nav.stories", 63, Set.of(Role.KLANTMANAGER, Role.ACCOUNTMANAGER));
    }

    @GetMapping({"/verhalen", "/monitoring/verhalen"})
    String list(@RequestParam(required = false) String van, @RequestParam(required = false) String tot, Model model,
                HttpServletResponse response) {
        StoryWriter writer = writer();
        model.addAttribute("base", writer.base());
        model.addAttribute("analyst", writer.analyst());
        model.addAttribute("own", stories.ownOf(writer));
        if (writer.analyst()) {
            model.addAttribute("van", van);
            model.addAttribute("tot", tot);
            try {
                MonitoringApi.Query period = MonitoringApi.Query.of(van, tot, null, null, YearMonth.now());
                model.addAttribute("van", period.from().toString());
                model.addAttribute("tot", period.to().toString());
                model.addAttribute("published", stories.published(period.from(), period.to()));
            } catch (Refusal refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("refused", refused);
            }
        }
        return "verhalen/overzicht";
    }

    @GetMapping({"/verhalen/nieuw", "/monitoring/verhalen/nieuw"})
    String blank(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                 Locale locale, Model model) {
        StoryWriter writer = writer();
        StoryForm form = new StoryForm(van == null ? "" : van, tot == null ? "" : tot, "", "", "", "", false, "", "", "");
        return form(writer, null, form, null, locale, model);
    }

    @PostMapping({"/verhalen", "/monitoring/verhalen"})
    String write(@RequestParam Map<String, String> typed, Locale locale, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        StoryWriter writer = writer();
        StoryForm form = StoryForm.of(typed);
        try {
            long id = writing.write(writer, form, publishing(typed) ? StoryStatus.PUBLISHED : StoryStatus.DRAFT);
            redirect.addFlashAttribute("saved", publishing(typed) ? "stories.published" : "stories.saved");
            return "redirect:" + writer.base() + "/" + id;
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(writer, null, form, refused, locale, model);
        }
    }

    @GetMapping({"/verhalen/{id}", "/monitoring/verhalen/{id}"})
    String story(@PathVariable long id, Locale locale, Model model) {
        StoryWriter writer = writer();
        Story story = stories.readableBy(writer, id).orElseThrow(() -> new NoSuchStory(id));
        if (story.draft()) {
            return form(writer, story, StoryForm.of(story), null, locale, model);
        }
        return view(writer, story, null, model);
    }

    @PostMapping({"/verhalen/{id}", "/monitoring/verhalen/{id}"})
    String change(@PathVariable long id, @RequestParam Map<String, String> typed, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        StoryWriter writer = writer();
        Story story = stories.byId(id).filter(s -> s.writtenBy(writer)).orElseThrow(() -> new NoSuchStory(id));
        StoryForm form = StoryForm.of(typed);
        try {
            writing.change(writer, id, form);
            if (publishing(typed)) {
                writing.publish(writer, id);
            }
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return story.draft() ? form(writer, story, form, refused, locale, model) : view(writer, story, refused, model);
        }
        redirect.addFlashAttribute("saved", publishing(typed) ? "stories.published" : "stories.saved");
        return "redirect:" + writer.base() + "/" + id;
    }

    /** The person withdrew their consent: the story is removed, and that it was is kept without its text. */
    @PostMapping({"/verhalen/{id}/intrekken", "/monitoring/verhalen/{id}/intrekken"})
    String withdraw(@PathVariable long id, @RequestParam(required = false) String ingetrokkenOp, Locale locale,
                    Model model, RedirectAttributes redirect, HttpServletResponse response) {
        StoryWriter writer = writer();
        try {
            withdrawing.withdraw(writer, id, ingetrokkenOp);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Story story = stories.readableBy(writer, id).orElseThrow(() -> new NoSuchStory(id));
            model.addAttribute("ingetrokkenOp", ingetrokkenOp);
            return story.draft() ? form(writer, story, StoryForm.of(story), refused, locale, model)
                    : view(writer, story, refused, model);
        }
        redirect.addFlashAttribute("saved", "stories.removed");
        return "redirect:" + writer.base();
    }

    private String form(StoryWriter writer, Story story, StoryForm form, Refusal refused, Locale locale, Model model) {
        model.addAttribute("base", writer.base());
        model.addAttribute("story", story);
        model.addAttribute("form", form);
        model.addAttribute("refused", refused);
        model.addAttribute("sectors", choices.sectors(locale));
        model.addAttribute("groups", choices.targetGroups(locale));
        model.addAttribute("organisations", choices.organisations());
        return "verhalen/formulier";
    }

    private String view(StoryWriter writer, Story story, Refusal refused, Model model) {
        model.addAttribute("base", writer.base());
        model.addAttribute("story", story);
        model.addAttribute("own", story.writtenBy(writer));
        model.addAttribute("refused", refused);
        return "verhalen/verhaal";
    }

    private static boolean publishing(Map<String, String> typed) {
        return "publiceren".equals(typed.get("actie"));
    }

    private StoryWriter writer() {
        return signedIn.current();
    }
}
