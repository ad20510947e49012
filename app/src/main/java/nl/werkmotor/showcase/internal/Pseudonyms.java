package nl.werkmotor.showcase.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.matching.CandidatePseudonyms;
import nl.werkmotor.platform.LazySnapshot;

/**
 * A candidate's name in the showcase: an HMAC of vacancy and person under a secret kept in the database,
 * so the same person has another pseudonym at every vacancy, two employers cannot link what they saw, and
 * nobody can work back to the person id. Stable across restarts and replicas (one secret for all). Matching
 * names a vacancy's candidates by them too, for an account manager ({@link CandidatePseudonyms}).
 */
@Component
public class Pseudonyms implements CandidatePseudonyms {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray(); // no 0/O, 1/I
    private static final int LENGTH = 10;

    private final LazySnapshot<SecretKeySpec> key;

    Pseudonyms(JdbcTemplate jdbc) {
        key = new LazySnapshot<>("showcase-key", () -> new SecretKeySpec(
                jdbc.queryForObject("select secret from showcase_key", String.class).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
    }

    /** E.g. "K-7F3Q9XW2MB": a K for kandidaat, then ten letters and digits that are easy to read out. */
    @Override
    public String of(long vacancyId, long personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.get());
            byte[] hash = mac.doFinal((vacancyId + ":" + personId).getBytes(StandardCharsets.US_ASCII));
            StringBuilder name = new StringBuilder("K-");
            for (int i = 0; i < LENGTH; i++) {
                name.append(ALPHABET[(hash[i] & 0xff) % ALPHABET.length]);
            }
            return name.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether a text could be a pseudonym at all: refuses anything else before any lookup. */
    public static boolean wellFormed(String candidate) {
        return candidate != null && candidate.length() == LENGTH + 2 && candidate.toUpperCase(Locale.ROOT).equals(candidate)
                && candidate.startsWith("K-") && candidate.substring(2).chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0);
    }
}
