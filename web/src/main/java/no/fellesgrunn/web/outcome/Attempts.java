package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.Component;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.participant.StatusRegion;

/** Runs an action of the outcome pages and reports a refusal in the reader's language; the form keeps its input. */
final class Attempts {
    private Attempts() {}

    static boolean attempt(Component page, StatusRegion status, Runnable action, String success) {
        try {
            action.run();
            if (success != null) {
                status.ok(success);
            }
            return true;
        } catch (NotFoundException e) {
            status.error(page.getTranslation("participant.status.notfound"));
        } catch (StaleEditException e) {
            status.error(page.getTranslation("outcome.refused.stale"));
        } catch (no.fellesgrunn.domain.common.DomainException e) {
            // Outcome rules and every other refusal, in the reader's language.
            status.error(no.fellesgrunn.web.i18n.DomainMessages.text(page, e));
        }
        return false;
    }
}
