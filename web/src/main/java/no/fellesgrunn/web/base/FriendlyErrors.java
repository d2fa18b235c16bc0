package no.fellesgrunn.web.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * An error nobody planned for reaches the person as a sentence in their language, not as Vaadin's
 * English "Internal error": when the database does not answer, they are told so and that nothing
 * was saved; anything else says something went wrong. The details go to the log.
 */
@Component
public class FriendlyErrors implements VaadinServiceInitListener {
    private static final Logger LOG = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(FriendlyErrors::handle));
    }

    static void handle(ErrorEvent error) {
        Throwable cause = error.getThrowable();
        boolean database = causedByDatabase(cause);
        LOG.error(database ? "The database did not answer" : "Unexpected error", cause);
        UI ui = UI.getCurrent();
        if (ui == null) {
            new DefaultErrorHandler().error(error);
            return;
        }
        Notification notification = Notification.show(
                ui.getTranslation(database ? "error.database" : "error.unexpected"),
                10_000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static boolean causedByDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
