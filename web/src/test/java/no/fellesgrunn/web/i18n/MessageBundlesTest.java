package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {
    private final FellesgrunnI18NProvider provider = new FellesgrunnI18NProvider();

    @Test
    void everyBokmalTextHasAnEnglishTextAndNoMore() throws IOException {
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            Properties bokmal = load("/i18n/" + bundle + ".properties");
            Properties english = load("/i18n/" + bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle).containsExactlyInAnyOrderElementsOf(bokmal.stringPropertyNames());
            assertThat(bokmal.values()).as(bundle).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
            assertThat(english.values()).as(bundle).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (String bundle : FellesgrunnI18NProvider.BUNDLES) {
            for (String key : load("/i18n/" + bundle + ".properties").stringPropertyNames()) {
                String previous = owner.put(key, bundle);
                assertThat(previous).as("key " + key + " is in both " + previous + " and " + bundle).isNull();
            }
        }
    }

    @Test
    void bokmalIsTheDefaultEvenOnAnEnglishJvmAndNorwegianLettersSurvive() {
        assertThat(provider.getTranslation("nav.logout", FellesgrunnI18NProvider.BOKMAL)).isEqualTo("Logg ut");
        assertThat(provider.getTranslation("login.error.title", null)).isEqualTo("Feil e-post eller passord");
        assertThat(provider.getTranslation("language.label", java.util.Locale.GERMAN)).isEqualTo("Språk");
        assertThat(provider.getTranslation("nav.logout", FellesgrunnI18NProvider.ENGLISH)).isEqualTo("Sign out");
    }

    @Test
    void parametersAreFilledIn() {
        assertThat(provider.getTranslation("organiser.home.welcome", FellesgrunnI18NProvider.BOKMAL, "Kari"))
                .startsWith("Velkommen, Kari.");
    }

    @Test
    void aMissingKeyIsVisibleNotSilent() {
        assertThat(provider.getTranslation("no.such.key", FellesgrunnI18NProvider.BOKMAL)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
