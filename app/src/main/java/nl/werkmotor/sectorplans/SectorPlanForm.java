package nl.werkmotor.sectorplans;

import java.util.List;

/**
 * A sector plan as typed (the page's form, the API's body), every field as text so that a number or date that
 * cannot be read is refused together with every other problem. Field names in refusals are the API's:
 * {@code analyse}, {@code lokaal}, {@code regionaal}, {@code sleutelaccounts}, {@code projecten[i].naam} (and
 * {@code .partners}, {@code .doel}, {@code .van}, {@code .tot}), {@code monitoring}.
 *
 * @param keyAccounts employers' ids
 * @param projects    a project with every field empty is left out
 */
public record SectorPlanForm(String analysisText, String localPlacements, String regionalPlacements,
                             List<String> keyAccounts, List<Project> projects, String monitoring) {

    public static final int MAX_ANALYSIS = 4000;
    public static final int MAX_MONITORING = 2000;
    public static final int MAX_KEY_ACCOUNTS = 25;
    public static final int MAX_PROJECTS = 10;
    public static final int MAX_PROJECT_NAME = 120;
    public static final int MAX_PARTNERS = 300;
    public static final int MAX_GOAL = 1000;
    public static final int MAX_PLACEMENTS = 100_000;

    public SectorPlanForm {
        analysisText = strip(analysisText);
        localPlacements = strip(localPlacements);
        regionalPlacements = strip(regionalPlacements);
        keyAccounts = keyAccounts == null ? List.of()
                : keyAccounts.stream().map(SectorPlanForm::strip).filter(k -> !k.isEmpty()).distinct().toList();
        projects = projects == null ? List.of() : projects.stream().filter(p -> p != null && !p.isEmpty()).toList();
        monitoring = strip(monitoring);
    }

    /** A joint sector project as typed; {@code from} and {@code to} as 1-3-2026 or 2026-03-01. */
    public record Project(String name, String partners, String goal, String from, String to) {

        public Project {
            name = strip(name);
            partners = strip(partners);
            goal = strip(goal);
            from = strip(from);
            to = strip(to);
        }

        boolean isEmpty() {
            return (name + partners + goal + from + to).isEmpty();
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
