package no.fellesgrunn.web.about;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;

/**
 * The accessibility statement (tilgjengelighetserklæring) in Uutilsynet's structure: conformance
 * status against WCAG 2.1 AA, known deviations, how to report a problem, when it was last tested.
 * The deviations are the ones still open in the issue list; docs/accessibility.md says how the
 * statement is kept true.
 */
@Route(value = "accessibility", autoLayout = false)
@AnonymousAllowed
public class AccessibilityView extends InfoPage {
    /** When the statement was last checked against the browser tests' axe-core run; update it with the statement. */
    static final LocalDate LAST_TESTED = LocalDate.of(2026, 12, 2);

    public AccessibilityView() {
        super("about.a11y");
        section("status", 2);
        listSection("deviations", 4);
        section("report", 2);
        section("tested", 1, LAST_TESTED);
        finish();
    }
}
