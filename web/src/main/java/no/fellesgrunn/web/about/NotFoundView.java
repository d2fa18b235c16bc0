package no.fellesgrunn.web.about;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for an address that leads nowhere, or to something the person may not see: one answer
 * for both, so that ids cannot be probed, in the reader's language and with a document title
 * (instead of Vaadin's English "Could not navigate").
 */
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {
    public NotFoundView() {
        getStyle().set("padding", "var(--lumo-space-l)");
        H1 title = new H1(getTranslation("error.notFound.title"));
        title.setId("error-not-found");
        add(
                title,
                new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.home")),
                new AboutLinks());
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – " + getTranslation("app.name");
    }
}
