package no.fellesgrunn.web.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline.Position;
import com.vaadin.flow.component.page.Inline.Wrapping;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings. Server push is on because the solvers report progress from their own
 * threads; views reach the UI from there only through {@code UI.access}. The application's styles
 * live in one stylesheet, {@code src/main/resources/styles/fellesgrunn.css}, inlined into every page.
 */
@Push
@Theme(themeClass = Lumo.class)
public class AppShell implements AppShellConfigurator {
    /** The application's stylesheet (classpath {@code styles/fellesgrunn.css}), inlined into every page. */
    static final String STYLESHEET = read("/styles/fellesgrunn.css");

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(Position.APPEND, STYLESHEET, Wrapping.STYLESHEET);
        settings.addMetaTag(
                "description", "Fellesgrunn: samskaping mellom kommuner, næringsliv, frivillighet og innbyggere");
    }

    private static String read(String resource) {
        try (java.io.InputStream in = AppShell.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the stylesheet " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
