package no.fellesgrunn.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;

/** ADMIN manages organisers: lists them and adds new ones with a one-time first password. */
@Route("admin")
@RolesAllowed("ADMIN")
public class AdminView extends Main implements HasDynamicTitle {
    private final OrganiserAccounts organisers;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Municipality> municipality = new ComboBox<>();
    private final Paragraph result = new Paragraph();
    private final Binder<NewOrganiserForm> binder = new Binder<>();

    /** The new organiser as typed; the e-mail address is the domain's to check. */
    private static final class NewOrganiserForm {
        String name = "";
        String email = "";
        Municipality municipality;
    }

    public AdminView(
            OrganiserAccounts organisers, ReferenceDataRepository references, SignInLocks locks, ExportAudit exports) {
        this.organisers = organisers;
        getStyle().set("padding", "var(--lumo-space-l)");

        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("admin.organisers.name"));
        grid.addColumn(UserAccount::username).setHeader(getTranslation("admin.organisers.email"));
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin.organisers.title"));
        grid.setId("organiser-grid");

        name.setLabel(getTranslation("admin.organisers.name"));
        name.setRequired(true);
        name.setId("organiser-name");
        email.setLabel(getTranslation("admin.organisers.email"));
        email.setRequired(true);
        email.setId("organiser-email");
        municipality.setLabel(getTranslation("admin.organisers.municipality"));
        municipality.setRequired(true);
        municipality.setId("organiser-municipality");
        municipality.setItems(references.municipalities().stream()
                .sorted(java.util.Comparator.comparing(Municipality::name))
                .toList());
        municipality.setItemLabelGenerator(m -> m.name() + " (" + m.number() + ")");
        binder.forField(name)
                .asRequired(getTranslation("admin.organisers.error.name"))
                .withValidator(n -> !n.isBlank(), getTranslation("admin.organisers.error.name"))
                .bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(email)
                .asRequired(getTranslation("admin.organisers.error.email"))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(municipality)
                .asRequired(getTranslation("admin.organisers.error.municipality"))
                .bind(f -> f.municipality, (f, v) -> f.municipality = v);
        binder.readBean(new NewOrganiserForm());
        Button add = new Button(getTranslation("admin.organisers.add"), click -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("organiser-add");
        HorizontalLayout form = new HorizontalLayout(name, email, municipality, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        result.setId("organiser-result");
        // Announce the outcome to screen readers without moving focus.
        result.getElement().setAttribute("role", "status");

        add(
                new H1(getTranslation("admin.title")),
                new H2(getTranslation("admin.organisers.title")),
                grid,
                form,
                result,
                new LockedAccountsPanel(locks),
                new ExportLogPanel(exports));
        refresh();
    }

    private void add() {
        NewOrganiserForm form = new NewOrganiserForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            OrganiserAccounts.NewOrganiser created =
                    organisers.addOrganiser(form.email, form.name, form.municipality.number());
            result.setText(
                    getTranslation("admin.organisers.created", created.account().username(), created.firstPassword()));
            binder.readBean(new NewOrganiserForm());
            refresh();
        } catch (IllegalStateException taken) {
            email.setErrorMessage(getTranslation("admin.organisers.error.taken"));
            email.setInvalid(true);
        } catch (IllegalArgumentException badEmail) {
            email.setErrorMessage(getTranslation("admin.organisers.error.email"));
            email.setInvalid(true);
        }
    }

    private void refresh() {
        grid.setItems(organisers.organisers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " | " + getTranslation("app.name");
    }
}
