package no.fellesgrunn.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** NIST SP 800-63B rules: length, the common-password list, no trivial patterns, no own e-mail; no composition rules. */
class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            ignoreLeadingAndTrailingWhitespace = false,
            value = {
                "aaaaaaaaaaaa|password.error.repeated",
                "            |password.error.blank",
                "passord12345|password.error.common",
                "Passord12345!|password.error.common",
                "sommer2024!!|password.error.common",
                "fellesgrunn2025|password.error.common",
                "p@ssw0rd1234|password.error.common",
                "passordpassord|password.error.common",
                "qwertyuiopå|password.error.short",
                "qwertyuiopåasdfghjkløæ|password.error.common",
                "123456789012|password.error.common",
                "abcabcabcabc|password.error.repeated",
                "121212121212|password.error.repeated",
                "kort|password.error.short",
                "ola.nordmann er meg|password.error.email",
                "min ola-nordmann-konto|password.error.email"
            })
    void weakPasswordsAreRefusedWithTheirReason(String password, String reason) {
        assertThatThrownBy(() -> policy.check(password, "ola.nordmann@example.no"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(reason));
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @CsvSource(
            delimiter = '|',
            value = {
                "en lang og god setning",
                "riktig hest batteri stift",
                "kaffe på biblioteket kl 12",
                "alllowercaseandnodigits",
                "ÆØÅ blåbærsyltetøy på lørdag"
            })
    void longUnusualPasswordsAreAcceptedWithoutCompositionRules(String password) {
        assertThatCode(() -> policy.check(password, "ola.nordmann@example.no")).doesNotThrowAnyException();
    }

    @Test
    void upToAHundredAndTwentyEightCharactersAreAcceptedAndHashedEvenPastBcryptsLimit() {
        String longest = "blåbærsyltetøy ".repeat(9).substring(0, PasswordPolicy.MAX_LENGTH);
        assertThat(longest).hasSize(128);
        assertThatCode(() -> policy.check(longest, "ola@example.no")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(longest + "x", "ola@example.no"))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("password.error.long"));

        PasswordEncoder encoder = new LongPasswordAwareEncoder();
        String hash = encoder.encode(longest);
        assertThat(hash).startsWith("{pbkdf2@SpringSecurity_v5_8}");
        assertThat(encoder.matches(longest, hash)).isTrue();
        // Only the last character differs: bcrypt (which reads 72 bytes) could not tell these apart.
        assertThat(encoder.matches(longest.substring(0, 127) + "X", hash)).isFalse();
        assertThat(encoder.encode("en lang og god setning")).startsWith("{bcrypt}");
    }

    @Test
    void theTenThousandMostCommonBreachedPasswordsAreAllRefusedInAnyCase() throws IOException {
        List<String> breached = entries("/security/breached-passwords.txt");
        assertThat(breached)
                .hasSize(10_000)
                .doesNotHaveDuplicates()
                .contains("123456", "password", "dragon", "qqqqqq1");
        for (String word : breached) {
            assertThat(policy.isCommon(word)).as(word).isTrue();
        }
        // Through the whole check, in capitals or mixed case, with digits or symbols added, or twice:
        // words from deep in the list that the project's own list does not have.
        for (String password :
                List.of("SONYERICSSON", "Prospero2026!", "Lemming lemming", "CHEMISTR 1234", "t1gress!!2025")) {
            assertThat(entries("/security/common-passwords.txt")).doesNotContain(password.toLowerCase(Locale.ROOT));
            assertThatThrownBy(() -> policy.check(password, "ola.nordmann@example.no"))
                    .as(password)
                    .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("password.error.common"));
        }
        // The 10,001st most common ("cathy1") and later ones are not on the list.
        assertThatCode(() -> policy.check("Cathy1 Quixote", "ola.nordmann@example.no"))
                .doesNotThrowAnyException();
    }

    private static List<String> entries(String path) throws IOException {
        try (InputStream in = PasswordPolicyTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void everyReasonHasABokmalAndAnEnglishText() throws IOException {
        Properties nb = bundle("/i18n/messages.properties");
        Properties en = bundle("/i18n/messages_en.properties");
        for (String key : new String[] {
            "password.error.short",
            "password.error.long",
            "password.error.blank",
            "password.error.repeated",
            "password.error.common",
            "password.error.email",
            "login.locked.title",
            "login.locked.message"
        }) {
            assertThat(nb.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(nb.getProperty(key));
        }
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PasswordPolicyTest.class.getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
