package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundles themselves: same keys and ICU arguments in every language, plurals, and real nynorsk. */
class MessageBundlesTest {
    /** File suffixes of the languages: bokmål is the base bundle. */
    private static final List<String> LANGUAGES = List.of("", "_nn", "_en");
    /**
     * Word forms that are bokmål and wrong in nynorsk (nynorsk: ikkje, kva, kven, korleis, kvar, kvifor,
     * viss/om, deltakarar, utfordringar, kommunar, arrangørar, frå, nokon, noko, mykje, vere, òg, eg,
     * de/dykk, vel, enno, berre, utan, finst, vart, heim, namn, stad, møtestad, lenger, eigen).
     * Forms that are right in both written languages (mange, etter, eller, når) are not listed.
     */
    static final Pattern BOKMAL_ONLY = Pattern.compile(
            "\\b(ikke|hva|hvem|hvordan|hvor|hvorfor|hvis|deltakere|"
                    + "utfordringer|kommuner|arrangører|fra|noen|noe|mye|være|også|jeg|dere|velg|ennå|bare|uten|finnes|ble|"
                    + "hjem|navn|sted|møtested|egen|eget|lenker|deltaker)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A number argument written right before a noun that has a plural form: must be an ICU plural instead. */
    private static final Map<String, Pattern> BARE_COUNT = Map.of(
            "",
                    Pattern.compile(
                            "\\{\\d+}\\s+(nye\\s+)?(deltakere|matcher|lenker|personer|runder|rader|plasser|forbedringer)\\b"),
            "_nn",
                    Pattern.compile(
                            "\\{\\d+}\\s+(nye\\s+)?(deltakarar|matchar|lenkjer|personar|rundar|rader|plassar|forbetringar)\\b"),
            "_en",
                    Pattern.compile(
                            "\\{\\d+}\\s+(new\\s+)?(participants|matches|links|people|rounds|rows|seats|improvements|errors|characters)\\b"));
    /** Messages known to carry a count, and the argument that is the count. */
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("participants.count", 0),
            Map.entry("organiser.invitations.once", 0),
            Map.entry("dashboard.participants", 0),
            Map.entry("matching.count", 0),
            Map.entry("matching.result", 1),
            Map.entry("matching.published", 2),
            Map.entry("seating.compare.summary", 2),
            Map.entry("seating.replan.result", 0),
            Map.entry("seating.table.fill", 1),
            Map.entry("seating.tableOption", 3),
            Map.entry("challenges.rounds.help", 0),
            Map.entry("challenges.error.max.rounds", 0),
            Map.entry("organiser.import.confirm", 0),
            Map.entry("organiser.import.rejected", 0),
            Map.entry("solver.status.SOLVING", 1),
            Map.entry("participant.mail.matches.body", 1),
            Map.entry("participant.invitation.password.help", 0));

    private final FellesgrunnI18NProvider provider = new FellesgrunnI18NProvider();

    @Test
    void bokmalNynorskAndEnglishHaveExactlyTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            Set<String> base = load(bundle, "").stringPropertyNames();
            for (String language : LANGUAGES) {
                Properties texts = load(bundle, language);
                assertThat(texts.stringPropertyNames()).as(bundle + language).containsExactlyInAnyOrderElementsOf(base);
                assertThat(texts.values()).as(bundle + language).allSatisfy(text -> assertThat(text.toString())
                        .isNotBlank());
            }
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            for (String key : load(bundle, "").stringPropertyNames()) {
                String previous = owner.put(key, bundle);
                assertThat(previous)
                        .as("key " + key + " is in both " + previous + " and " + bundle)
                        .isNull();
            }
        }
    }

    @Test
    void everyPatternParsesAsAnIcuMessage() throws IOException {
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            for (String language : LANGUAGES) {
                Properties texts = load(bundle, language);
                for (String key : texts.stringPropertyNames()) {
                    assertThatCode(() -> new MessagePattern(texts.getProperty(key)))
                            .as(bundle + language + ": " + key)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    @Test
    void everyKeyHasTheSameArgumentsOfTheSameTypesInEveryLanguage() throws IOException {
        int compared = 0;
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            Properties base = load(bundle, "");
            for (String language : List.of("_nn", "_en")) {
                Properties other = load(bundle, language);
                for (String key : base.stringPropertyNames()) {
                    assertThat(arguments(other.getProperty(key)))
                            .as(bundle + language + ": " + key)
                            .isEqualTo(arguments(base.getProperty(key)));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
        // The comparison sees types and nested arguments, so it can tell a plural from a plain number.
        assertThat(arguments("{0, plural, one {# x {1}} other {# y {1}}}")).containsExactly("0:PLURAL", "1:NONE");
        assertThat(arguments("{0} x {1}")).isNotEqualTo(arguments("{0, plural, other {#}} x {1}"));
    }

    @Test
    void countsArePluralsInEveryLanguage() throws IOException {
        for (String language : LANGUAGES) {
            Map<String, String> texts = all(language);
            COUNTS.forEach((key, argument) -> assertThat(arguments(texts.get(key)))
                    .as(language + ": " + key)
                    .contains(argument + ":PLURAL"));
            texts.forEach((key, text) -> assertThat(
                            BARE_COUNT.get(language).matcher(text).find())
                    .as(language + ": " + key + " writes a number before a plural noun without ICU plural: " + text)
                    .isFalse());
        }
        assertThat(BARE_COUNT.get("").matcher("Her er {0} nye lenker.").find()).isTrue();
    }

    @Test
    void nynorskHasNoBokmalOnlyWordForms() throws IOException {
        List<String> found = new ArrayList<>();
        all("_nn").forEach((key, text) -> {
            Matcher matcher = BOKMAL_ONLY.matcher(text);
            while (matcher.find()) {
                found.add(key + ": " + matcher.group());
            }
        });
        assertThat(found).isEmpty();
        // The same list finds plenty in the bokmål bundles, so it does look.
        List<String> inBokmal = new ArrayList<>();
        all("").values().forEach(text -> BOKMAL_ONLY.matcher(text).results().forEach(r -> inBokmal.add(r.group())));
        assertThat(inBokmal).hasSizeGreaterThan(50);
    }

    @Test
    void theDriverIsCalledPadriverNeverIldsjel() throws IOException {
        for (String language : LANGUAGES) {
            assertThat(all(language).values())
                    .noneMatch(text -> text.toLowerCase(Locale.ROOT).contains("ildsjel"));
        }
        assertThat(provider.getTranslation("seating.perspective.DRIVER", FellesgrunnI18NProvider.NYNORSK))
                .isEqualTo("Pådrivar");
    }

    @Test
    void pluralsReadRightInEachLanguage() {
        Locale nb = FellesgrunnI18NProvider.BOKMAL;
        Locale nn = FellesgrunnI18NProvider.NYNORSK;
        Locale en = FellesgrunnI18NProvider.ENGLISH;
        assertThat(provider.getTranslation("participants.count", nb, 1)).isEqualTo("1 deltaker");
        assertThat(provider.getTranslation("participants.count", nb, 2)).isEqualTo("2 deltakere");
        assertThat(provider.getTranslation("participants.count", nn, 1)).isEqualTo("1 deltakar");
        assertThat(provider.getTranslation("participants.count", nn, 0)).isEqualTo("0 deltakarar");
        assertThat(provider.getTranslation("participants.count", en, 1)).isEqualTo("1 participant");
        assertThat(provider.getTranslation("participants.count", en, 1234)).isEqualTo("1,234 participants");
        assertThat(provider.getTranslation("organiser.invitations.once", nb, 1))
                .startsWith("Her er 1 ny lenke. Lenken");
        assertThat(provider.getTranslation("organiser.invitations.once", nn, 3)).startsWith("Her er 3 nye lenkjer.");
        assertThat(provider.getTranslation("seating.compare.summary", nb, 2, 3, 1))
                .isEqualTo("Utkast 3 mot publisert versjon 2: 1 person må få beskjed.");
        assertThat(provider.getTranslation("seating.compare.summary", en, 2, 3, 4))
                .isEqualTo("Draft 3 against published version 2: 4 people must be told.");
        assertThat(provider.getTranslation("seating.compare.none", nb)).contains("en publisert plan");
        assertThat(provider.getTranslation("seating.compare.none", nn)).contains("ein publisert plan");
        assertThat(provider.getTranslation("participant.mail.matches.body", nb, "Kari", 1, "Bodø", "http://x"))
                .contains("Du har 1 match på Bodø: en person du bør møte");
        assertThat(provider.getTranslation("participant.mail.matches.body", nn, "Kari", 2, "Bodø", "http://x"))
                .contains("Du har 2 matchar på Bodø: personar du bør møte");
    }

    @Test
    void bokmalIsTheDefaultEvenOnAnEnglishJvmAndNorwegianLettersSurvive() {
        assertThat(provider.getTranslation("nav.logout", FellesgrunnI18NProvider.BOKMAL))
                .isEqualTo("Logg ut");
        assertThat(provider.getTranslation("login.error.title", null)).isEqualTo("Feil e-post eller passord");
        assertThat(provider.getTranslation("language.label", Locale.GERMAN)).isEqualTo("Språk");
        assertThat(provider.getTranslation("nav.logout", FellesgrunnI18NProvider.ENGLISH))
                .isEqualTo("Sign out");
        assertThat(provider.getTranslation("nav.participant", FellesgrunnI18NProvider.NYNORSK))
                .isEqualTo("Mi side");
        assertThat(provider.getTranslation("nav.participant", Locale.forLanguageTag("nn")))
                .isEqualTo("Mi side");
    }

    @Test
    void eachLanguageIsRecognisedFromItsTag() {
        assertThat(FellesgrunnI18NProvider.supported(Locale.forLanguageTag("nn-NO")))
                .isEqualTo(FellesgrunnI18NProvider.NYNORSK);
        assertThat(FellesgrunnI18NProvider.supported(Locale.forLanguageTag("en-GB")))
                .isEqualTo(FellesgrunnI18NProvider.ENGLISH);
        assertThat(FellesgrunnI18NProvider.supported(Locale.forLanguageTag("no")))
                .isEqualTo(FellesgrunnI18NProvider.BOKMAL);
        assertThat(FellesgrunnI18NProvider.supported(Locale.forLanguageTag("sv-SE")))
                .isEqualTo(FellesgrunnI18NProvider.BOKMAL);
        assertThat(provider.getProvidedLocales())
                .containsExactly(
                        FellesgrunnI18NProvider.BOKMAL,
                        FellesgrunnI18NProvider.NYNORSK,
                        FellesgrunnI18NProvider.ENGLISH);
        assertThat(FellesgrunnI18NProvider.LOCALES)
                .extracting(LanguageSwitcher::ownName)
                .containsExactly("Norsk bokmål", "Norsk nynorsk", "English");
    }

    @Test
    void apostrophesAreTheSameWithAndWithoutArguments() {
        assertThat(provider.getTranslation("admin.organisers.error.name", FellesgrunnI18NProvider.ENGLISH))
                .isEqualTo("Enter the organiser's name");
        assertThat(provider.getTranslation("event.nav.label", FellesgrunnI18NProvider.ENGLISH, "unused"))
                .isEqualTo("The event's pages");
    }

    @Test
    void parametersAreFilledInAndDatesAreNeverIso() {
        assertThat(provider.getTranslation("organiser.home.welcome", FellesgrunnI18NProvider.BOKMAL, "Kari"))
                .startsWith("Velkommen, Kari.");
        assertThat(provider.getTranslation("organiser.home.welcome", FellesgrunnI18NProvider.NYNORSK, "Kari"))
                .startsWith("Velkomen, Kari.");
        String published = provider.getTranslation(
                "matching.published",
                FellesgrunnI18NProvider.BOKMAL,
                java.time.Instant.parse("2026-12-01T23:17:06.580415Z"),
                "Andreas Svendsen",
                12);
        assertThat(published)
                .isEqualTo(
                        "Publisert 2. desember 2026 kl. 00.17 av Andreas Svendsen: 12 matcher er synlige for deltakerne.");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(provider.getTranslation("no.such.key", FellesgrunnI18NProvider.BOKMAL))
                .isEqualTo("!no.such.key!");
        assertThat(provider.getTranslation("no.such.key", FellesgrunnI18NProvider.NYNORSK))
                .isEqualTo("!no.such.key!");
    }

    /** The pattern's arguments as "name:TYPE", nested ones included (as in a plural's branches). */
    static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> arguments = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                arguments.add(parsed.getSubstring(parsed.getPart(i + 1)) + ":" + part.getArgType());
            }
        }
        return arguments;
    }

    /** Every key of every bundle that has a dot in it (as a key shows when a text is missing). */
    static Set<String> allKeys() {
        try {
            return all("").keySet().stream()
                    .filter(key -> key.contains("."))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> all(String language) throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            Properties properties = load(bundle, language);
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        }
        return texts;
    }

    @Test
    void noKeyIsWrittenTwiceInOneFile() throws IOException {
        // java.util.Properties keeps the last of two equal keys without a word; two features that
        // chose the same key would silently change each other's text.
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            for (String language : LANGUAGES) {
                String resource = "/i18n/" + bundle + language + ".properties";
                java.util.Set<String> seen = new java.util.HashSet<>();
                java.util.List<String> twice = new java.util.ArrayList<>();
                try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                        String trimmed = line.strip();
                        if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                            continue;
                        }
                        String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                        if (!seen.add(key)) {
                            twice.add(key);
                        }
                    }
                }
                assertThat(twice).as(resource).isEmpty();
            }
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        String resource = "/i18n/" + bundle + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
