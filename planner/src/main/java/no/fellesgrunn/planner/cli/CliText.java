package no.fellesgrunn.planner.cli;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.ReferenceCatalog;
import no.fellesgrunn.planner.format.FormatViolation;
import no.fellesgrunn.planner.matching.ReasonCode;

/**
 * The command line's own words: it is a user interface of its own, so it has a small bundle
 * ({@code no/fellesgrunn/planner/cli/text*.properties}: English in the base file, bokmål and
 * nynorsk) and writes the planner's reason codes with it. Only this package makes sentences; the
 * planner itself emits codes (an architecture rule keeps it so). Themes are written by key, counties
 * by name, sectors and perspectives by the bundle's words, format violations ({@code format.*}) and
 * usage errors ({@link UsageError}) by their codes.
 */
public final class CliText {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BOKMAL = Locale.forLanguageTag("nb");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn");
    private static final Map<String, String> COUNTIES = ReferenceCatalog.norway().counties().stream()
            .collect(Collectors.toUnmodifiableMap(County::code, County::name));

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static CliText of(Locale locale) {
        return new CliText(
                ResourceBundle.getBundle(
                        "no.fellesgrunn.planner.cli.text",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)),
                locale);
    }

    /** The language of {@code --lang}: nb, nn or en. */
    public static Locale language(String code) {
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "nb", "no" -> BOKMAL;
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            default -> throw new UsageError("cli.lang_unknown", code);
        };
    }

    /** A message of the command line itself, with its arguments. */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * Where a problem file breaks its format and the rule it breaks: the JSON pointer (none for the
     * whole file) and the violation's code written with its arguments.
     */
    public String violation(FormatViolation violation) {
        String rule = new MessageFormat(bundle.getString(violation.code()), locale)
                .format(violation.args().toArray());
        if (violation.line() > 0) {
            rule += text("format.location", Integer.toString(violation.line()), Integer.toString(violation.column()));
        }
        return violation.pointer().isEmpty() ? rule : violation.pointer() + ": " + rule;
    }

    /** A usage error of the command line (or any other exception's message, as it is). */
    public String usage(IllegalArgumentException error) {
        return error instanceof UsageError usage
                ? text(usage.code(), usage.args())
                : String.valueOf(error.getMessage());
    }

    /** A planner reason as a sentence without a full stop. */
    public String reason(ReasonCode reason) {
        List<String> a = reason.args();
        Object[] args =
                switch (reason.code()) {
                    case "planner.reason.shared_themes" -> new Object[] {list(split(a.get(0)))};
                    case "planner.reason.cross_sector" ->
                        new Object[] {word("sector." + a.get(0)), word("sector." + a.get(1))};
                    case "planner.reason.complementary_perspectives" ->
                        new Object[] {
                            list(split(a.get(0)).stream()
                                    .map(p -> word("perspective." + p))
                                    .toList()),
                            list(split(a.get(1)).stream()
                                    .map(p -> word("perspective." + p))
                                    .toList())
                        };
                    case "planner.reason.same_county" -> new Object[] {COUNTIES.getOrDefault(a.get(0), a.get(0))};
                    case "planner.unmatched.partners_full" -> new Object[] {a.get(0), Integer.valueOf(a.get(1))};
                    default -> a.toArray();
                };
        String text = new MessageFormat(bundle.getString(reason.code()), locale).format(args);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A seating explanation of the planner as a sentence without a full stop. */
    public String seating(no.fellesgrunn.planner.scheduling.Text explanation) {
        List<String> a = explanation.args();
        Object[] args =
                switch (explanation.code()) {
                    case "planner.seating.sectors" ->
                        new Object[] {
                            Integer.valueOf(a.get(0)),
                            list(split(a.get(1)).stream()
                                    .map(x -> word("sector." + x))
                                    .toList())
                        };
                    case "planner.seating.perspectives" ->
                        new Object[] {
                            list(split(a.get(0)).stream()
                                    .map(x -> word("perspective." + x))
                                    .toList())
                        };
                    case "planner.seating.no_one_with", "planner.seating.seat_perspective" ->
                        new Object[] {word("perspective." + a.get(0))};
                    case "planner.seating.majority" ->
                        new Object[] {Integer.valueOf(a.get(0)), Integer.valueOf(a.get(1)), word("sector." + a.get(2))};
                    case "planner.seating.same_organisation", "planner.seating.seat_themes" ->
                        new Object[] {list(split(a.get(0))), a.size() > 1 ? a.get(1) : ""};
                    default ->
                        a.stream()
                                .map(x -> x.matches("\\d{1,9}") ? (Object) Integer.valueOf(x) : x)
                                .toArray();
                };
        return new MessageFormat(bundle.getString(explanation.code()), locale).format(args);
    }

    private String word(String key) {
        return bundle.getString(key);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    /** "a", "a and b", "a, b and c" in the bundle's language. */
    private String list(List<String> items) {
        List<String> all = new ArrayList<>(items);
        if (all.size() <= 1) {
            return String.join("", all);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " " + word("and") + " " + all.get(all.size() - 1);
    }
}
