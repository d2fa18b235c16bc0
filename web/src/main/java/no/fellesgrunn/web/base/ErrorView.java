package no.fellesgrunn.web.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown instead of Vaadin's English "There was an exception while trying to navigate"
 * when opening a page fails unexpectedly. When the cause is the database (PostgreSQL stopped or
 * unreachable, anywhere in the cause chain, e.g. inside a bean that could not be built) it says so,
 * with status 503; anything else says something went wrong, with status 500. Both in the reader's
 * language, with a way back; the details go to the log. It needs nothing from the database itself.
 * Errors after a page is open are told by {@link FriendlyErrors}. Unknown addresses keep their own
 * page ({@code NotFoundView}), since Vaadin prefers the error page of the exact exception.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);
    private final H1 title = new H1();
    private final Paragraph text = new Paragraph();
    private String titleKey = "error.unexpected.title";

    public ErrorView() {
        addClassName("page");
        title.setId("error-title");
        add(title, text, new Anchor("", getTranslation("error.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        boolean database = FriendlyErrors.causedByDatabase(parameter.getCaughtException());
        LOG.error(
                database ? "The database did not answer while opening /{}" : "Unexpected error while opening /{}",
                event.getLocation().getPath(),
                parameter.getCaughtException());
        titleKey = database ? "error.database.title" : "error.unexpected.title";
        title.setText(getTranslation(titleKey));
        text.setText(getTranslation(database ? "error.database" : "error.unexpected"));
        return database ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
