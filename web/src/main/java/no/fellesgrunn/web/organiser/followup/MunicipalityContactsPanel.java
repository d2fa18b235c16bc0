package no.fellesgrunn.web.organiser.followup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.infra.outcome.JdbcMunicipalityContacts;
import no.fellesgrunn.web.base.ConfirmAction;
import no.fellesgrunn.web.i18n.DomainMessages;

/**
 * The municipalities' follow-up contacts, named by the organisers: each contact reads their
 * municipality's board ({@code municipality/follow-up}) and gets a monthly digest by mail.
 */
class MunicipalityContactsPanel extends Section {
    private final MunicipalityBoard board;
    private final Map<String, String> names;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph status = new Paragraph();

    MunicipalityContactsPanel(MunicipalityBoard board) {
        this.board = board;
        setId("municipality-contacts");
        names = board.municipalitiesToName().stream()
                .collect(Collectors.toMap(Municipality::number, Municipality::name));
        H2 title = new H2(getTranslation("followup.contacts.title"));
        ComboBox<String> municipality = new ComboBox<>(getTranslation("followup.contacts.municipality"));
        municipality.setId("contact-municipality");
        municipality.setItems(names.keySet().stream()
                .sorted((a, b) -> names.get(a).compareTo(names.get(b)))
                .toList());
        municipality.setItemLabelGenerator(names::get);
        EmailField email = new EmailField(getTranslation("followup.contacts.email"));
        email.setId("contact-email");
        Button add = new Button(getTranslation("followup.contacts.add"), click -> {
            if (municipality.getValue() == null || email.isEmpty()) {
                status.setText(getTranslation("followup.contacts.missing"));
                return;
            }
            act(
                    () -> board.name(municipality.getValue(), email.getValue()),
                    getTranslation("followup.contacts.added", email.getValue(), names.get(municipality.getValue())));
            email.clear();
        });
        add.setId("contact-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(municipality, email, add);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        status.setId("contact-status");
        status.getElement().setAttribute("role", "status");
        list.setId("contact-list");
        add(title, new Paragraph(getTranslation("followup.contacts.intro")), form, status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (JdbcMunicipalityContacts.Contact contact : board.contacts()) {
            String where = names.getOrDefault(contact.municipality(), contact.municipality());
            ListItem item = new ListItem(
                    new Span(getTranslation("followup.contacts.row", contact.name(), contact.email(), where)));
            item.addClassName("municipality-contact");
            Button remove = new Button(getTranslation("followup.contacts.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("followup.contacts.remove.label", contact.name(), where));
            remove.addClickListener(click -> ConfirmAction.ask(
                    this,
                    new ConfirmAction(
                            "contact-remove",
                            getTranslation("followup.contacts.remove.title", contact.name(), where),
                            getTranslation("followup.contacts.remove.text", contact.name(), where),
                            getTranslation("followup.contacts.remove"),
                            getTranslation("followup.contacts.keep"),
                            remove,
                            () -> act(
                                    () -> board.remove(contact.municipality(), contact.actorId()),
                                    getTranslation("followup.contacts.removed", contact.name(), where)))));
            item.add(remove);
            list.add(item);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            status.setText(done);
            refresh();
        } catch (DomainException refused) {
            status.setText(DomainMessages.text(this, refused));
        }
    }
}
