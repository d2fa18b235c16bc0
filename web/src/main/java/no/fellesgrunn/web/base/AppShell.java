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
                        + "{ display: none !important; } }", Wrapping.STYLESHEET);
        settings.addMetaTag("description", "Fellesgrunn: samskaping mellom kommuner, næringsliv, frivillighet og innbyggere");
    }
}
