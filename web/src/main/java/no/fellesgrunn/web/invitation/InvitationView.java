package no.fellesgrunn.web.invitation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.i18n.LanguageSwitcher;
import no.fellesgrunn.web.participant.StatusRegion;
import no.fellesgrunn.web.security.oidc.NewPerson;
import no.fellesgrunn.web.security.oidc.OidcAuthorizationRequests;
import no.fellesgrunn.web.security.oidc.OidcProviders;

/**
 * Where an invitation link leads: create a login (name, password, home municipality) or, if the
 * address already has one, sign in. The profile and the registration come next, after sign-in.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final Invitations invitations;
    private final ReferenceDataRepository reference;
    private final Div content = new Div();
    private final StatusRegion status = new StatusRegion();

    private final OidcProviders oidc;

    public InvitationView(Invitations invitations, ReferenceDataRepository reference, OidcProviders oidc) {
        this.invitations = invitations;
        this.oidc = oidc;
        this.reference = reference;
        getStyle()
                .set("padding", "var(--lumo-space-l)")
                .set("max-width", "36rem")
                .set("margin", "0 auto");
        H1 title = new H1(getTranslation("participant.invitation.title"));
        title.setId("participant-page-title");
        add(title, status, content, new LanguageSwitcher());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        invitations.open(token).ifPresentOrElse(details -> show(token, details), () -> {
            Paragraph invalid = new Paragraph(getTranslation("participant.invitation.invalid"));
            invalid.setId("invitation-invalid");
            content.add(invalid, new Paragraph(new Anchor("login", getTranslation("participant.invitation.login"))));
        });
    }

    private void show(String token, InvitationDetails details) {
        content.add(new Paragraph(
                details.eventName() == null
                        ? getTranslation("participant.invitation.intro")
                        : getTranslation("participant.invitation.intro.event", details.eventName())));
        Anchor login = new Anchor("login", getTranslation("participant.invitation.login"));
        login.setId("invitation-login");
        if (details.accountExists() || details.personKnown()) {
            // Through a provider (ID-porten, ...) the link itself connects the sign-in to this person.
            for (OidcProviders.Provider provider : oidc.all()) {
                Button signIn = new Button(
                        getTranslation("login.oidc.button", provider.name()),
                        click -> continueWith(provider, token, null));
                signIn.setId("invitation-oidc-" + provider.registrationId());
                content.add(new Paragraph(signIn));
            }
        }
        if (details.accountExists()) {
            content.add(
                    new Paragraph(getTranslation("participant.invitation.exists", details.email())),
                    new Paragraph(login));
            return;
        }
        TextField email = new TextField(getTranslation("participant.invitation.email"));
        email.setValue(details.email());
        email.setReadOnly(true);
        email.setWidthFull();
        TextField name = new TextField(getTranslation("participant.invitation.name"));
        name.setRequired(true);
        name.setWidthFull();
        name.setId("invitation-name");
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("participant.profile.municipality"));
        municipality.setItems(reference.municipalities());
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        municipality.setRequired(true);
        municipality.setWidthFull();
        municipality.setId("invitation-municipality");
        PasswordField password = new PasswordField(getTranslation("participant.invitation.password"));
        password.setHelperText(getTranslation("participant.invitation.password.help", Invitations.MIN_PASSWORD_LENGTH));
        password.setRequired(true);
        password.setMaxLength(no.fellesgrunn.web.security.PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        password.setId("invitation-password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button create = new Button(getTranslation("participant.invitation.create"), click -> {
            if (municipality.getValue() == null) {
                status.error(getTranslation("participant.invitation.municipality.missing"));
                municipality.focus();
                return;
            }
            if (status.attempt(
                    () -> invitations.createAccount(
                            token,
                            name.getValue(),
                            password.getValue(),
                            municipality.getValue().number()),
                    getTranslation("participant.invitation.created"))) {
                content.removeAll();
                Anchor next = new Anchor("login", getTranslation("participant.invitation.login"));
                next.setId("invitation-login");
                content.add(new Paragraph(getTranslation("participant.invitation.next")), new Paragraph(next));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("invitation-create");
        content.add(email, name, municipality, password, create);
        // Or, instead of a password, through a provider (ID-porten, ...): name and municipality wait in the session.
        // (Someone already in the directory has the plain sign-in button above.)
        for (OidcProviders.Provider provider : details.personKnown() ? List.<OidcProviders.Provider>of() : oidc.all()) {
            Button viaProvider = new Button(getTranslation("login.oidc.continue", provider.name()), click -> {
                if (name.getValue().isBlank() || municipality.getValue() == null) {
                    status.error(getTranslation("login.oidc.new-person.missing"));
                    (name.getValue().isBlank() ? name : municipality).focus();
                    return;
                }
                continueWith(
                        provider,
                        token,
                        new NewPerson(
                                token,
                                name.getValue().strip(),
                                municipality.getValue().number()));
            });
            viaProvider.setId("invitation-oidc-" + provider.registrationId());
            content.add(new Paragraph(getTranslation("login.oidc.new-person", provider.name())), viaProvider);
        }
        content.add(new Paragraph(getTranslation("participant.invitation.haveaccount")), new Paragraph(login));
    }

    /**
     * Puts the invitation (and a new person's name and municipality) into the session from this
     * Vaadin request, which no other site can forge, then goes to the provider.
     */
    private void continueWith(OidcProviders.Provider provider, String token, NewPerson newPerson) {
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(OidcAuthorizationRequests.INVITATION_ATTRIBUTE, token);
        if (newPerson != null) {
            session.setAttribute(NewPerson.SESSION_ATTRIBUTE, newPerson);
        } else {
            session.removeAttribute(NewPerson.SESSION_ATTRIBUTE);
        }
        getUI().ifPresent(ui -> ui.getPage().setLocation(provider.signInPathFromInvitation()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.invitation.title") + " | " + getTranslation("app.name");
    }
}
