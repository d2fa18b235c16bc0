package no.fellesgrunn.web.organiser.seating;

import com.ibm.icu.text.ListFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import no.fellesgrunn.planner.scheduling.Text;

/**
 * What a table lacks, in the reader's language: the planner gives codes ({@code planner.seating.*})
 * with ids, counts, sectors and perspectives; people and organisations are named (through the
 * board's {@code readable}), sectors and perspectives in the UI's words, lists in the language's form.
 */
final class TableWarnings {
    private TableWarnings() {}

    static String text(
            Text warning,
            Locale locale,
            BiFunction<String, Object[], String> translate,
            UnaryOperator<String> readable) {
        List<String> a = warning.args();
        Object[] args =
                switch (warning.code()) {
                    case "planner.seating.no_one_with" ->
                        new Object[] {translate.apply("planner.perspective." + a.get(0), new Object[0])};
                    case "planner.seating.majority" ->
                        new Object[] {
                            Integer.valueOf(a.get(0)),
                            Integer.valueOf(a.get(1)),
                            translate.apply("planner.sector." + a.get(2), new Object[0])
                        };
                    case "planner.seating.same_organisation" ->
                        new Object[] {
                            ListFormatter.getInstance(locale)
                                    .format(Arrays.stream(a.get(0).split(","))
                                            .map(readable)
                                            .toList()),
                            readable.apply(a.get(1))
                        };
                    default -> a.stream().map(readable).toArray();
                };
        String line = translate.apply(warning.code(), args);
        return line.isEmpty() ? line : line.substring(0, 1).toUpperCase(locale) + line.substring(1);
    }
}
