package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.html.Div;

/**
 * Where a page reports the result of an action. A live region, so screen readers announce it;
 * errors start with the word for "error", so colour is never the only sign.
 */
public class StatusRegion extends Div {

    public StatusRegion() {
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setId("participant-status");
        getStyle().set("margin", "var(--lumo-space-s) 0");
    }

    public void ok(String message) {
        setText(message);
        getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
        bringIntoView();
    }

    public void error(String message) {
        setText(getTranslation("participant.status.error", message));
        getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        bringIntoView();
    }

    /** On a phone the button may be far below the message: scroll so the person sees the result. */
    private void bringIntoView() {
        getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    /** Runs an action and reports its failure in words; the form keeps its input. */
    public boolean attempt(Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                ok(success);
            }
            return true;
        } catch (NotFoundException e) {
            error(getTranslation("participant.status.notfound"));
        } catch (no.fellesgrunn.web.security.WeakPasswordException e) {
            error(getTranslation(e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.security.access.AccessDeniedException) {
                throw e;
            }
            // A refused rule in the reader's words; anything else is not for people to read.
            error(no.fellesgrunn.web.i18n.DomainMessages.text(this, e, "error.unexpected"));
        }
        return false;
    }
}
