package no.fellesgrunn.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: long enough, not too long to hash, no composition rules
 * (no demand for digits or symbols), and not guessable: not one of the most common passwords (or
 * one with digits and symbols stuck on, or written with 0 for o, @ for a and the like), not one
 * character or a short pattern repeated, not only spaces, and not containing the person's own
 * e-mail name. Every place that sets a password calls {@link #check}.
 *
 * <p>The lists (the project's own {@code common-passwords.txt} and the 10,000 most common breached
 * passwords in {@code breached-passwords.txt}) are read once per JVM into one hash set, in lower case.
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final List<String> LISTS = List.of("/security/common-passwords.txt", "/security/breached-passwords.txt");
    private final Set<String> common;

    public PasswordPolicy() {
        this.common = Lists.WORDS;
    }

    /** Loaded when first needed, then shared by every instance. */
    private static final class Lists {
        static final Set<String> WORDS = load();
    }

    /** Throws {@link WeakPasswordException} with the reason when the password may not be used. */
    public void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new WeakPasswordException(
                    "password.error.short",
                    "the password must have at least " + MIN_LENGTH + " characters",
                    MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new WeakPasswordException(
                    "password.error.long", "the password may have at most " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new WeakPasswordException("password.error.blank", "the password cannot be only spaces");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (repeatsShortPattern(lower.strip())) {
            throw new WeakPasswordException(
                    "password.error.repeated", "the password cannot be one character or a short pattern repeated");
        }
        if (isCommon(lower)) {
            throw new WeakPasswordException(
                    "password.error.common", "the password is one of the most common passwords");
        }
        String name = localPart(email);
        if (name != null
                && (lower.contains(name)
                        || lower.replaceAll("[^\\p{L}\\p{N}]", "").contains(name.replaceAll("[^\\p{L}\\p{N}]", "")))) {
            throw new WeakPasswordException("password.error.email", "the password cannot contain your e-mail address");
        }
    }

    /** "aaaaaaaaaaaa", "abcabcabcabc", "12121212121212": a unit of at most four characters, repeated. */
    static boolean repeatsShortPattern(String password) {
        for (int unit = 1; unit <= 4 && unit < password.length(); unit++) {
            if (password.length() % unit == 0
                    && password.substring(0, unit)
                            .repeat(password.length() / unit)
                            .equals(password)) {
                return true;
            }
        }
        return false;
    }

    boolean isCommon(String lower) {
        String compact = lower.strip();
        String core = compact.replaceAll("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        String unLeet = unLeet(compact);
        String unLeetCore = unLeet(core);
        String noSpaces = compact.replaceAll("\\s+", "");
        return common.contains(compact)
                || common.contains(noSpaces)
                || common.contains(unLeet)
                || (core.length() >= 4 && common.contains(core))
                || (unLeetCore.length() >= 4 && common.contains(unLeetCore))
                || (core.length() >= 4 && repeatsWord(core))
                || repeatsWord(noSpaces);
    }

    /** "passordpassord", "sommersommer": a common word twice or more. */
    private boolean repeatsWord(String text) {
        for (int unit = 4; unit <= text.length() / 2; unit++) {
            if (text.length() % unit == 0
                    && common.contains(text.substring(0, unit))
                    && text.substring(0, unit).repeat(text.length() / unit).equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static String unLeet(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            plain.append(
                    switch (c) {
                        case '@', '4' -> 'a';
                        case '0' -> 'o';
                        case '1', '!' -> 'i';
                        case '3' -> 'e';
                        case '$', '5' -> 's';
                        case '7' -> 't';
                        default -> c;
                    });
        }
        return plain.toString();
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        String local = (at >= 0 ? email.substring(0, at) : email).strip().toLowerCase(Locale.ROOT);
        return local.length() >= 3 ? local : null;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(16_384);
        for (String list : LISTS) {
            read(list, words);
        }
        return Set.copyOf(words);
    }

    private static void read(String list, Set<String> words) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(list)) {
            if (in == null) {
                throw new IllegalStateException("a list of common passwords is missing: " + list);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
