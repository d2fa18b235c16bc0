package no.fellesgrunn.web.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Inline.Position;
import com.vaadin.flow.component.page.Inline.Wrapping;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Server push is on because the solvers report progress from their own
 * threads; views reach the UI from there only through {@code UI.access}.
 */
@Push
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
    @Override
    public void configurePage(AppShellSettings settings) {
        // What is only for the screen (print buttons, navigation) stays off paper.
        settings.addInlineWithContents(Position.APPEND,
                "@media print { .no-print, vaadin-app-layout::part(navbar), vaadin-app-layout::part(drawer) "
                        + "{ display: none !important; } }"
                        // The skip link is off screen until it has the keyboard focus.
                        + " .skip-link { position: absolute; left: -10000px; top: auto; }"
                        + " .skip-link:focus { left: var(--lumo-space-s); top: var(--lumo-space-s); z-index: 10;"
                        + " padding: var(--lumo-space-s) var(--lumo-space-m); background: var(--lumo-base-color);"
                        + " color: var(--lumo-primary-text-color); outline: 2px solid var(--lumo-primary-color); }",
                Wrapping.STYLESHEET);
        settings.addMetaTag("description", "Fellesgrunn: samskaping mellom kommuner, næringsliv, frivillighet og innbyggere");
    }
}
