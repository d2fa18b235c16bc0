package no.fellesgrunn.planner.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A reason as a message code with typed arguments, never a sentence: the web layer and the
 * command line write it in their reader's language. The arguments are theme keys, sector and
 * perspective names (enum constants), county numbers, actor ids and counts; a list argument (the
 * shared themes, the perspectives) is comma-separated. Stored with a match as {@link #encoded()}.
 *
 * @param code {@code planner.reason.*} (why two actors meet) or {@code planner.unmatched.*} (why one has no match)
 */
public record ReasonCode(String code, List<String> args) {
    private static final String SEPARATOR = "|";

    public ReasonCode {
        args = List.copyOf(args);
        if (!code.startsWith("planner.")
                || code.contains(SEPARATOR)
                || args.stream().anyMatch(a -> a.contains(SEPARATOR))) {
            throw new IllegalArgumentException("not a planner reason code: " + code + args);
        }
    }

    public static ReasonCode of(String code, Object... args) {
        return new ReasonCode(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** "planner.reason.same_county|18": the code and its arguments in one string. */
    public String encoded() {
        return args.isEmpty() ? code : code + SEPARATOR + String.join(SEPARATOR, args);
    }

    /** The reason in a stored string, or empty when the string is older free text. */
    public static Optional<ReasonCode> decode(String stored) {
        if (stored == null || !stored.startsWith("planner.")) {
            return Optional.empty();
        }
        String[] parts = stored.split("\\" + SEPARATOR, -1);
        return Optional.of(new ReasonCode(parts[0], List.of(parts).subList(1, parts.length)));
    }
}
