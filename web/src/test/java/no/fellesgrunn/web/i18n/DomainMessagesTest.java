package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import org.junit.jupiter.api.Test;

/**
 * Refused rules reach people only as translated codes: every domain and application code has words
 * in bokmål, nynorsk and English, and a real refusal reads in the reader's language, never in the
 * exception's English.
 */
class DomainMessagesTest {
    private static final FellesgrunnI18NProvider PROVIDER = new FellesgrunnI18NProvider();

    /** Arguments that fit the code's pattern: a number where it counts or formats a number, else a text. */
    private static Object[] sampleArguments(String code) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(
                "i18n.messages",
                Locale.ROOT,
                java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        com.ibm.icu.text.MessagePattern pattern = new com.ibm.icu.text.MessagePattern(bundle.getString(code));
        Object[] args = new Object[4];
        java.util.Arrays.fill(args, "Møteplass Bodø");
        for (int i = 0; i < pattern.countParts(); i++) {
            com.ibm.icu.text.MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == com.ibm.icu.text.MessagePattern.Part.Type.ARG_START
                    && part.getArgType() != com.ibm.icu.text.MessagePattern.ArgType.NONE) {
                args[pattern.getPart(i + 1).getValue()] = 3;
            }
        }
        return args;
    }

    @Test
    void everyCodeHasWordsInEveryLanguage() {
        for (Locale locale : FellesgrunnI18NProvider.LOCALES) {
            for (DomainError error : DomainError.values()) {
                assertTranslated(locale, error.code());
            }
            for (AppError error : AppError.values()) {
                assertTranslated(locale, error.code());
            }
        }
    }

    private static void assertTranslated(Locale locale, String code) {
        String text = PROVIDER.getTranslation(code, locale, sampleArguments(code));
        assertThat(text)
                .as(locale + " " + code)
                .isNotBlank()
                .doesNotStartWith("!")
                .doesNotContain("{")
                .doesNotContain(code);
    }

    @Test
    void aDomainRefusalReadsInTheReadersLanguageNotInItsEnglish() {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> Email.of("kari(at)bodo.no"));
        assertThat(refused.error()).isEqualTo(DomainError.EMAIL_INVALID);
        assertThat(refused.getMessage()).contains("is not an e-mail address");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.BOKMAL, refused))
                .isEqualTo("«kari(at)bodo.no» er ikke en e-postadresse.");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.NYNORSK, refused))
                .isEqualTo("«kari(at)bodo.no» er ikkje ei e-postadresse.");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.ENGLISH, refused))
                .isEqualTo("\"kari(at)bodo.no\" is not an e-mail address.");

        PlanVersion published = new PlanVersion(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        2,
                        PlanStatus.DRAFT,
                        "kari",
                        Instant.EPOCH,
                        null,
                        null,
                        null,
                        List.of(),
                        0,
                        null)
                .publish("kari", Instant.EPOCH, Set.of(), null);
        DomainException twice = catchThrowableOfType(
                DomainException.class, () -> published.publish("kari", Instant.EPOCH, Set.of(), null));
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.BOKMAL, twice))
                .isEqualTo("Planversjon 2 er allerede publisert.");
    }

    @Test
    void statusesAreNamedInTheUisWords() {
        DomainException refused = new no.fellesgrunn.domain.common.IllegalTransitionException(
                "challenge 'x'",
                no.fellesgrunn.domain.challenge.ChallengeStatus.SELECTED,
                no.fellesgrunn.domain.challenge.ChallengeStatus.DRAFT,
                Set.of(no.fellesgrunn.domain.challenge.ChallengeStatus.IN_PROGRESS));
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.BOKMAL, refused))
                .isEqualTo("Statusen kan ikke gå fra «Valgt» til «Utkast».");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.NYNORSK, refused))
                .isEqualTo("Statusen kan ikkje gå frå «Vald» til «Utkast».");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.ENGLISH, refused))
                .isEqualTo("The status cannot move from \"Selected\" to \"Draft\".");
        assertThat(refused.getMessage()).contains("cannot move from SELECTED to DRAFT");
    }

    @Test
    void anApplicationRefusalReadsInTheReadersLanguage() {
        AppRefusal refused =
                new AppRefusal(AppError.MATCHES_PUBLISHED, "the matches of X are published", "Møteplass Bodø");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.BOKMAL, refused))
                .isEqualTo("Matchene for Møteplass Bodø er publisert og kan ikke endres lenger.");
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.ENGLISH, refused))
                .isEqualTo("The matches of Møteplass Bodø are published and can no longer change.");
        AppRefusal wished = new AppRefusal(AppError.CHALLENGE_WISHED_FOR, "1 participants wish", 1L);
        assertThat(DomainMessages.text(PROVIDER, FellesgrunnI18NProvider.NYNORSK, wished))
                .startsWith("Éin deltakar ønskjer");
    }
}
