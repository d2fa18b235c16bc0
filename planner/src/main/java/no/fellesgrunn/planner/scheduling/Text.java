package no.fellesgrunn.planner.scheduling;

import java.util.Arrays;
import java.util.List;

/**
 * An explanation for people as a message code with arguments, never a sentence: the web layer and
 * the command line write it in their reader's language. Codes are {@code planner.seating.*}; the
 * arguments are counts, participant, challenge and round ids, sector and perspective names (enum
 * constants) and theme keys; a list argument is comma-separated. See PlanExplainer for each code's
 * arguments.
 */
public record Text(String code, List<String> args) {
    public Text {
        args = List.copyOf(args);
    }

    public static Text of(String code, Object... args) {
        return new Text(code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** Names joined by commas, as one list argument. */
    static String list(java.util.Collection<?> items) {
        return String.join(
                ",",
                items.stream()
                        .map(i -> i instanceof Enum<?> e ? e.name() : String.valueOf(i))
                        .toList());
    }

    @Override
    public String toString() {
        return code + args;
    }
}
