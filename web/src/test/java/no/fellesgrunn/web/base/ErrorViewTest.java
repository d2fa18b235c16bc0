package no.fellesgrunn.web.base;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A page that cannot be opened says why in the reader's language, with the right status. */
class ErrorViewTest extends KaribuTest {
    @Test
    void aDatabaseDeepInTheCauseIsNamedWith503() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("nn-NO"));
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(
                event(),
                new ErrorParameter<>(
                        Exception.class,
                        new BeanCreationException(
                                "MainLayout",
                                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"))));
        UI.getCurrent().add(view);
        assertThat(status).isEqualTo(503);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Databasen svarar ikkje");
        assertThat(_get(view, Paragraph.class).getText()).startsWith("Databasen svarar ikkje akkurat no.");
        assertThat(view.getPageTitle()).isEqualTo("Databasen svarar ikkje – Fellesgrunn");
    }

    @Test
    void anythingElseSaysSomethingWentWrongWith500() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ErrorView view = new ErrorView();
        int status = view.setErrorParameter(
                event(), new ErrorParameter<>(Exception.class, new IllegalStateException("bug")));
        UI.getCurrent().add(view);
        assertThat(status).isEqualTo(500);
        assertThat(_get(view, H1.class).getText()).isEqualTo("Something went wrong");
        assertThat(view.getPageTitle()).isEqualTo("Something went wrong – Fellesgrunn");
    }

    private static BeforeEnterEvent event() {
        return new BeforeEnterEvent(
                UI.getCurrent().getInternals().getRouter(),
                NavigationTrigger.PROGRAMMATIC,
                new Location("organiser"),
                ErrorView.class,
                UI.getCurrent(),
                java.util.List.of());
    }
}
