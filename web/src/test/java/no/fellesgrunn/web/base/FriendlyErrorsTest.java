package no.fellesgrunn.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import java.util.Locale;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** An unplanned error is told in the reader's language; a lost database is named as such. */
class FriendlyErrorsTest extends KaribuTest {
    @Test
    void aLostDatabaseIsToldPlainlyInTheReadersLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nn-NO"));
        FriendlyErrors.handle(new ErrorEvent(new IllegalStateException(
                "while saving", new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))));
        NotificationsKt.expectNotifications(
                "Databasen svarar ikkje akkurat no. Det du gjorde no, er ikkje lagra; prøv igjen om litt.");
    }

    @Test
    void anythingElseSaysSomethingWentWrong() {
        FriendlyErrors.handle(new ErrorEvent(new IllegalArgumentException("bug")));
        NotificationsKt.expectNotifications("Noe gikk galt, og det du gjorde nå, er kanskje ikke lagret. Prøv igjen; "
                + "sier det stopp igjen, si fra til arrangøren.");
        assertThat(FriendlyErrors.causedByDatabase(new RuntimeException(new java.sql.SQLException("x"))))
                .isTrue();
        assertThat(FriendlyErrors.causedByDatabase(new IllegalArgumentException("bug")))
                .isFalse();
    }
}
