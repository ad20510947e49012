package nl.werkmotor.matching.internal;

import java.util.ArrayList;
import java.util.List;

import nl.werkmotor.matching.MatchRequestRefused;
import nl.werkmotor.platform.Refusal.Reason;

/** Collects every problem of a matching question, so that it is refused once, naming them all. */
public final class Checks {

    public static final int MAX_K = 100;

    private final MatchWorld world;
    private final List<Reason> problems = new ArrayList<>();

    public Checks(MatchWorld world) {
        this.world = world;
    }

    public Checks k(String parameter, int k) {
        if (k < 1 || k > MAX_K) {
            problems.add(new Reason(parameter, parameter + " moet tussen 1 en " + MAX_K + " liggen, niet " + k,
                    parameter + " must lie between 1 and " + MAX_K + ", not " + k));
        }
        return this;
    }

    /** @return the skill ids of the URIs this taxonomy knows; each unknown one is a problem */
    public List<Integer> skills(String parameter, List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            problems.add(new Reason(parameter, parameter + ": noem ten minste één vaardigheid",
                    parameter + ": name at least one skill"));
            return List.of();
        }
        List<Integer> ids = new ArrayList<>(uris.size());
        for (String uri : uris) {
            int id = uri == null ? -1 : world.skillId(uri);
            if (id < 0) {
                problems.add(new Reason(parameter, parameter + ": onbekende vaardigheid '" + uri
                        + "' (verwacht: een ESCO-URI of -UUID)", parameter + ": unknown skill '" + uri + "' (expected: an ESCO URI or UUID)"));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** @return the occupation's id, or -1 with a problem noted */
    public int occupation(String parameter, String uri) {
        int id = uri == null ? -1 : world.occupationId(uri);
        if (id < 0) {
            problems.add(new Reason(parameter, parameter + ": onbekend beroep '" + uri + "'",
                    parameter + ": unknown occupation '" + uri + "'"));
        }
        return id;
    }

    /** @throws MatchRequestRefused naming every problem found, if any */
    public void verify() {
        if (!problems.isEmpty()) {
            throw new MatchRequestRefused(problems);
        }
    }
}
