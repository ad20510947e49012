package nl.werkmotor.taxonomy.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A whole taxonomy read from files and checked, ready to be written in one go. Rows keep the order
 * of the files, so the same files give the same rows.
 */
public final class TaxonomyData {

    /** A concept of one of the four kinds with columns of their own; unused columns stay null. */
    public static final class Concept {
        public final String uri;
        public String code;
        public String iscoCode;
        public String skillType;
        public String reuseLevel;
        public String labelEn;
        public String labelNl;
        public String descriptionEn;
        public String descriptionNl;

        Concept(String uri) {
            this.uri = uri;
        }
    }

    public final Map<String, Concept> iscoGroups = new LinkedHashMap<>();
    public final Map<String, Concept> occupations = new LinkedHashMap<>();
    public final Map<String, Concept> skills = new LinkedHashMap<>();
    public final Map<String, Concept> skillGroups = new LinkedHashMap<>();
    /** occupation uri, skill uri, relation */
    public final List<String[]> occupationSkills = new ArrayList<>();
    /** concept uri, concept kind, broader uri, broader kind */
    public final List<String[]> broaderRelations = new ArrayList<>();
    /** skill uri, related skill uri, relation type */
    public final List<String[]> skillRelations = new ArrayList<>();
    /** collection, concept uri */
    public final List<String[]> collectionMembers = new ArrayList<>();
    /** concept uri, concept kind, lang, label type, label */
    public final List<String[]> labels = new ArrayList<>();

    public int skillGroupsInFile;
    public int labelsEn;
    public int labelsNl;
    public int labelsCrosswalk;
    public int relationsWithUnknownOccupation;
    public int crosswalkRowsUnknownConcept;
    public int crosswalkRowsBroadOrNarrow;
    public int dutchRowsUnknownConcept;
    public final List<String> warnings = new ArrayList<>();

    private final Set<String> labelKeys = new HashSet<>();

    /**
     * Adds a surface form unless the concept already has it in that language (in any letter case):
     * the first, strongest type wins (preferred before alternative, hidden and crosswalk).
     */
    void label(String uri, String kind, String lang, String type, String label) {
        if (label == null || label.isBlank()) {
            return;
        }
        String text = label.strip();
        if (!labelKeys.add(uri + '\u0000' + lang + '\u0000' + text.toLowerCase(Locale.ROOT))) {
            return;
        }
        labels.add(new String[] {uri, kind, lang, type, text});
        if (type.equals("crosswalk")) {
            labelsCrosswalk++;
        } else if (lang.equals("nl")) {
            labelsNl++;
        } else {
            labelsEn++;
        }
    }
}
