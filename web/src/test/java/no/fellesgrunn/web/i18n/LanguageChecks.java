package no.fellesgrunn.web.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a person must never read on a page in a given language (issue 10), for the Karibu test of
 * every view and the same check in a real browser: a bundle key or a missing key, a theme key, a
 * UUID, an ISO or UTC timestamp, {@code null}, a county by number; in nynorsk a bokmål-only word;
 * in nynorsk and English a bokmål theme name. Texts people typed are taken out before the word checks.
 */
public final class LanguageChecks {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*[A-Za-z0-9_]");
    private static final Set<String> KEYS = MessageBundlesTest.allKeys();
    private static final Set<String> THEME_KEYS = ThemeVocabulary.curatedThemes().stream()
            .filter(theme -> !theme.key().equals(theme.nameNb().toLowerCase(Locale.ROOT)))
            .map(Theme::key)
            .collect(Collectors.toSet());

    private static final Map<Theme, Pattern> NOT_NYNORSK_THEMES =
            bokmaalNamesDifferingIn(FellesgrunnI18NProvider.NYNORSK);
    private static final Map<Theme, Pattern> NOT_ENGLISH_THEMES =
            bokmaalNamesDifferingIn(FellesgrunnI18NProvider.ENGLISH);

    private LanguageChecks() {}

    private static Map<Theme, Pattern> bokmaalNamesDifferingIn(Locale language) {
        return ThemeVocabulary.curatedThemes().stream()
                .filter(theme -> !theme.nameNb().equalsIgnoreCase(ReferenceNames.theme(theme, language)))
                .collect(Collectors.toMap(
                        theme -> theme,
                        theme -> Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(theme.nameNb()) + "(?!\\p{L})")));
    }

    /** "organiser.invitations" or "organiser.invitations.csv" when organiser.invitations is a key. */
    private static boolean isKeyOrBelowKey(String token) {
        for (int dot = token.indexOf('.'); dot >= 0; dot = token.indexOf('.', dot + 1)) {
            if (KEYS.contains(token.substring(0, dot))) {
                return true;
            }
        }
        return KEYS.contains(token);
    }

    /** What is wrong with one text shown to a reader of this language (empty: nothing). */
    public static List<String> problems(String text, Locale language, List<String> typedTexts) {
        List<String> problems = new ArrayList<>();
        for (VisibleText.Rule rule : VisibleText.NEVER) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                problems.add(rule.what() + " «" + matcher.group() + "»");
            }
        }
        for (String token : TOKEN.matcher(text).results().map(r -> r.group()).toList()) {
            if (isKeyOrBelowKey(token)) {
                problems.add("a message key «" + token + "»");
            }
            if (THEME_KEYS.contains(token)) {
                problems.add("a theme key «" + token + "»");
            }
        }
        Locale reader = FellesgrunnI18NProvider.supported(language);
        if (reader.equals(FellesgrunnI18NProvider.BOKMAL)) {
            return problems;
        }
        boolean nynorsk = reader.equals(FellesgrunnI18NProvider.NYNORSK);
        Map<Theme, Pattern> themes = nynorsk ? NOT_NYNORSK_THEMES : NOT_ENGLISH_THEMES;
        // Typed texts are taken out only where a word check would find something: it is the slow part.
        if (!(nynorsk && MessageBundlesTest.BOKMAL_ONLY.matcher(text).find())
                && themes.values().stream().noneMatch(name -> name.matcher(text).find())) {
            return problems;
        }
        String words = withoutTypedTexts(text, typedTexts);
        if (nynorsk) {
            Matcher bokmal = MessageBundlesTest.BOKMAL_ONLY.matcher(words);
            while (bokmal.find()) {
                problems.add("the bokmål word «" + bokmal.group() + "»");
            }
        }
        themes.forEach((theme, name) -> {
            if (name.matcher(words).find()) {
                problems.add("the bokmål theme name «" + theme.nameNb() + "»");
            }
        });
        return problems;
    }

    private static String withoutTypedTexts(String text, List<String> typedTexts) {
        String words = text;
        for (String typed : typedTexts) {
            if (words.contains(typed)) {
                words = words.replace(typed, " ");
            }
        }
        return words.contains("…") ? withoutShortenedTexts(words, typedTexts) : words;
    }

    /** A typed text cut short on the page ("Transport for dem uten bil i Sørf…") is typed text too. */
    private static String withoutShortenedTexts(String text, List<String> typedTexts) {
        StringBuilder kept = new StringBuilder();
        String[] pieces = text.split("…", -1);
        for (int p = 0; p < pieces.length; p++) {
            String piece = pieces[p];
            if (p < pieces.length - 1) {
                for (int start = 0; start <= piece.length() - 8; start++) {
                    String tail = piece.substring(start);
                    if (typedTexts.stream().anyMatch(typed -> typed.startsWith(tail))) {
                        piece = piece.substring(0, start);
                        break;
                    }
                }
            }
            kept.append(piece).append(' ');
        }
        return kept.toString();
    }

    /**
     * Every text stored by people or the demo generator outside the reference data (names, titles,
     * descriptions, places), longest first: written in whatever language their author chose.
     */
    public static List<String> typedTexts(JdbcTemplate jdbc) {
        Set<String> texts = new HashSet<>();
        List<Map<String, Object>> columns = jdbc.queryForList(
                "select table_name, column_name from information_schema.columns "
                        + "where table_schema = current_schema() and data_type in ('text', 'character varying') "
                        + "and table_name not in ('theme', 'county', 'municipality', 'sdg_goal', 'flyway_schema_history')");
        for (Map<String, Object> column : columns) {
            texts.addAll(jdbc.queryForList(
                    "select distinct \"" + column.get("column_name") + "\" from \"" + column.get("table_name")
                            + "\" where \"" + column.get("column_name") + "\" is not null limit 5000",
                    String.class));
        }
        return texts.stream()
                .filter(text -> text.length() >= 3)
                .sorted(Comparator.comparing(String::length).reversed())
                .toList();
    }
}
