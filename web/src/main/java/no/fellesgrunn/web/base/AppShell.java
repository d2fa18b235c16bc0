package no.fellesgrunn.web.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
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
        settings.addMetaTag("description", "Fellesgrunn: samskaping mellom kommuner, næringsliv, frivillighet og innbyggere");
    }
}
