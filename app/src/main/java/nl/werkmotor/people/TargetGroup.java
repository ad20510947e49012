package nl.werkmotor.people;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A target group of labour-market policy, by its code in the region's shared list ({@link FindTargetGroups}):
 * the stable identifier every module counts by, e.g. "BANENAFSPRAAK". The list itself (names, whether a group is
 * still in use) is data the beheerder edits; the constants are the codes it is seeded with, which the demo region
 * and the Toolbox's rules name. A code is written in capitals, digits and underscores; in JSON it is a string.
 */
public record TargetGroup(String code) implements Comparable<TargetGroup> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

    public static final TargetGroup BANENAFSPRAAK = new TargetGroup("BANENAFSPRAAK");
    public static final TargetGroup BEMIDDELBAAR_ARBEIDSBEPERKT = new TargetGroup("BEMIDDELBAAR_ARBEIDSBEPERKT");
    public static final TargetGroup PRO_VSO = new TargetGroup("PRO_VSO");
    public static final TargetGroup BESCHUT_WERK = new TargetGroup("BESCHUT_WERK");
    public static final TargetGroup STATUSHOUDER = new TargetGroup("STATUSHOUDER");
    public static final TargetGroup WW = new TargetGroup("WW");
    public static final TargetGroup WIA = new TargetGroup("WIA");
    public static final TargetGroup WAJONG = new TargetGroup("WAJONG");
    public static final TargetGroup BIJSTAND = new TargetGroup("BIJSTAND");
    public static final TargetGroup VIJFTIG_PLUS = new TargetGroup("VIJFTIG_PLUS");
    public static final TargetGroup JONGEREN_ZONDER_STARTKWALIFICATIE =
            new TargetGroup("JONGEREN_ZONDER_STARTKWALIFICATIE");
    public static final TargetGroup OVERIG = new TargetGroup("OVERIG");

    /** @throws IllegalArgumentException when the code is not written as a code (see {@link #isCode}) */
    public TargetGroup {
        Objects.requireNonNull(code, "code");
        if (!isCode(code)) {
            throw new IllegalArgumentException("Not a target group code: " + code);
        }
    }

    /** The code as typed, in any case and with spaces around it; see {@link #isCode}. */
    @JsonCreator
    public static TargetGroup of(String code) {
        return new TargetGroup(code.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether this is written as a code: a capital, then 1 to 49 capitals, digits or underscores. */
    public static boolean isCode(String text) {
        return text != null && CODE.matcher(text).matches();
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public int compareTo(TargetGroup other) {
        return code.compareTo(other.code);
    }

    /** The code, as the enumeration this replaced wrote itself. */
    @Override
    public String toString() {
        return code;
    }
}
