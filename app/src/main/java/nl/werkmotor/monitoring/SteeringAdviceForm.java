package nl.werkmotor.monitoring;

import java.util.Map;

/**
 * A steering advice as typed or sent, unchecked. The parts follow the region's year plan: what went well, what did
 * not, what we change, who does what by when; a yearly advice also evaluates content (inhoud: do partners give the
 * agreed input and support), process (proces: does it go as agreed) and relationship (relatie: a shared ambition and
 * framework, and care for each other).
 */
record SteeringAdviceForm(String van, String tot, String per, boolean jaarlijks, String goed, String nietGoed,
                          String veranderen, String wieWatWanneer, String evaluatieInhoud, String evaluatieProces,
                          String evaluatieRelatie,
                          String besluitDoor, String besluitOp) {

    static SteeringAdviceForm of(Map<String, String> typed) {
        return new SteeringAdviceForm(typed.get("van"), typed.get("tot"), typed.get("per"),
                typed.containsKey("jaarlijks"), typed.getOrDefault("goed", ""), typed.getOrDefault("nietGoed", ""),
                typed.getOrDefault("veranderen", ""), typed.getOrDefault("wieWatWanneer", ""),
                typed.getOrDefault("evaluatieInhoud", ""), typed.getOrDefault("evaluatieProces", ""),
                typed.getOrDefault("evaluatieRelatie", ""),
                typed.getOrDefault("besluitDoor", ""), typed.getOrDefault("besluitOp", ""));
    }

    /** The latest version's text, to change into a new version. */
    static SteeringAdviceForm of(SteeringAdvice advice) {
        SteeringAdviceVersion v = advice.latest();
        SteeringAdviceParts p = v.parts();
        return new SteeringAdviceForm(advice.from().toString(), advice.to().toString(), advice.per().parameter(),
                advice.yearly(), p.wentWell(), p.wentBadly(), p.weChange(), p.whoWhatWhen(), none(p.content()),
                none(p.process()), none(p.relationship()), v.decidedBy(), StoryForm.shown(v.decidedOn()));
    }

    private static String none(String text) {
        return text == null ? "" : text;
    }
}
