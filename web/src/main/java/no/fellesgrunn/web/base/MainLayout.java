package no.fellesgrunn.web.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.web.admin.AdminView;
import no.fellesgrunn.web.i18n.LanguageSwitcher;
import no.fellesgrunn.web.organiser.OrganiserHomeView;
import no.fellesgrunn.web.participant.ParticipantHomeView;
import no.fellesgrunn.web.security.CurrentUser;

/**
 * The frame around every signed-in page: the app name, navigation for the person's roles, their
 * name, the language and signing out. The navigation shows only what the person may open; the
 * views' own access rules still decide on the server.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    static final String MAIN_CONTENT = "main-content";
    private final Anchor skip;

    public MainLayout(CurrentUser currentUser) {
        // First on every page for keyboard users: past the menu, straight to the page's content.
        // router-ignore: the browser itself follows the in-page link and moves focus.
        skip = new Anchor("#" + MAIN_CONTENT, getTranslation("nav.skip"));
        skip.addClassName("skip-link");
        skip.setId("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        addToNavbar(skip);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        addToNavbar(toggle, appName);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (currentUser.hasRole(Role.ORGANISER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.organiser"), OrganiserHomeView.class));
            nav.addItem(new SideNavItem(
                    getTranslation("followup.title"), no.fellesgrunn.web.organiser.followup.FollowUpView.class));
        }
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.participant"), ParticipantHomeView.class));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), AdminView.class));
        }

        Header header = new Header(nav);
        addToDrawer(header, userFooter(currentUser));
    }

    /**
     * After each navigation the page's content is the skip link's target and gets the focus, so a
     * screen reader starts reading the new page and a keyboard user continues from there.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() == null) {
            return;
        }
        // A page that names its own root keeps its id; the skip link then points at that.
        String id = getContent().getId().orElse(MAIN_CONTENT);
        getContent().getElement().setAttribute("id", id).setAttribute("tabindex", "-1");
        skip.setHref("#" + id);
        getContent().getElement().executeJs("this.focus({preventScroll: true})");
    }

    private Footer userFooter(CurrentUser currentUser) {
        Span name = new Span(currentUser.account().map(a -> a.displayName()).orElse(""));
        name.setId("current-user-name");
        Button logout = new Button(getTranslation("nav.logout"), click -> currentUser.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout row = new HorizontalLayout(name, logout);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        Footer footer = new Footer(row, new LanguageSwitcher(), new no.fellesgrunn.web.about.AboutLinks());
        footer.addClassName("app-footer");
        return footer;
    }
}
