package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final java.util.Locale NB = FellesgrunnI18NProvider.BOKMAL;
    private static final java.util.Locale NN = FellesgrunnI18NProvider.NYNORSK;
    private static final java.util.Locale EN = FellesgrunnI18NProvider.ENGLISH;

    @Test
    void anInstantIsShownInOsloTimeInTheReadersLanguage() {
        Instant summer = Instant.parse("2027-05-14T07:30:00Z"); // CEST, UTC+2
        assertThat(Formats.dateTime(summer, NB)).isEqualTo("14. mai 2027 kl. 09.30");
        assertThat(Formats.dateTime(summer, NN)).isEqualTo("14. mai 2027 kl. 09.30");
        assertThat(Formats.dateTime(summer, EN)).isEqualTo("14 May 2027, 09:30");
        // Late on 1 December in UTC is already 2 December in Oslo (CET, UTC+1).
        assertThat(Formats.dateTime(Instant.parse("2026-12-01T23:17:06.580415Z"), NB))
                .isEqualTo("2. desember 2026 kl. 00.17");
    }

    @Test
    void localDatesAndTimesAreTakenAsOsloTime() {
        assertThat(Formats.dateTime(LocalDateTime.of(2027, 10, 17, 13, 5), NN)).isEqualTo("17. oktober 2027 kl. 13.05");
        assertThat(Formats.date(LocalDate.of(2027, 1, 3), EN)).isEqualTo("3 January 2027");
        assertThat(Formats.date(LocalDate.of(2027, 1, 3), NB)).isEqualTo("3. januar 2027");
        assertThat(Formats.time(LocalTime.of(9, 0), NB)).isEqualTo("09.00");
        assertThat(Formats.time(LocalTime.of(9, 0), EN)).isEqualTo("09:00");
        assertThat(Formats.dateTime((LocalDateTime) null, NB)).isEmpty();
    }

    @Test
    void messageArgumentsOfDateTypesAreFormattedOthersKept() {
        assertThat(Formats.argument(LocalDate.of(2027, 5, 14), NB)).isEqualTo("14. mai 2027");
        assertThat(Formats.argument(Instant.parse("2027-05-14T07:30:00Z"), EN)).isEqualTo("14 May 2027, 09:30");
        assertThat(Formats.argument(42, NB)).isEqualTo(42);
        assertThat(Formats.argument("tekst", NB)).isEqualTo("tekst");
    }

    @Test
    void theLanguageCookieRoundTripsForEveryLanguage() {
        for (java.util.Locale locale : FellesgrunnI18NProvider.LOCALES) {
            VaadinRequest request = mock(VaadinRequest.class);
            when(request.getCookies())
                    .thenReturn(new Cookie[] {new Cookie(LanguageChoice.COOKIE, locale.toLanguageTag())});
            assertThat(LanguageChoice.fromRequest(request)).isEqualTo(locale);
        }
        VaadinRequest none = mock(VaadinRequest.class);
        assertThat(LanguageChoice.fromRequest(none)).isEqualTo(NB);
    }
}
