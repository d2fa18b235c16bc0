package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.i18n.DomainMessages;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;
import no.fellesgrunn.web.security.AccountNames;

/**
 * The event editor: details, venue, registration window and status ({@link DetailsForm}), rounds
 * ({@link RoundsEditor}), rooms and tables ({@link TablesEditor}) and co-organisers
 * ({@link OrganisersEditor}). The forms say what is missing; the event's own rules judge the rest
 * ({@link EventAssembly}), and every problem is shown on its field. When another organiser saved
 * first, the save is refused with their name and the input stays in the form.
 */
@Route("organiser/events/:eventId/details")
@RolesAllowed("ORGANISER")
public class EventEditorView extends EventPage {
    private final EventEditing editing;
    private final AccountNames names;
    private final DetailsForm details;
    private final RoundsEditor rounds = new RoundsEditor();
    private final TablesEditor tables = new TablesEditor();
    private final OrganisersEditor organisers;
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private List<Component> sections = List.of();

    public EventEditorView(
            OrganiserEvents organiserEvents,
            EventEditing editing,
            ReferenceDataRepository reference,
            AccountNames names) {
        super(organiserEvents, EventSection.DETAILS);
        this.editing = editing;
        this.names = names;
        this.details = new DetailsForm(
                reference.municipalities().stream()
                        .sorted(Comparator.comparing(Municipality::name))
                        .toList(),
                reference.counties());
        this.organisers = new OrganisersEditor(editing, this::eventId);
    }

    @Override
    protected void build() {
        sections = List.of(
                section("editor.details.title", details),
                section("editor.rounds.title", rounds),
                section("editor.tables.title", tables),
                section("editor.organisers.title", organisers),
                saveBar());
    }

    @Override
    protected void render(RegionalEvent loaded) {
        message.setText("");
        sections.forEach(this::add);
        details.read(loaded);
        rounds.read(loaded);
        tables.read(loaded);
        organisers.read(
                loaded.organisers(),
                editing.organisers(loaded.id()),
                organiserEvents.me().map(Actor::id).orElse(null));
    }

    private Div saveBar() {
        save.setText(getTranslation("editor.save"));
        save.setId("editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button reload = new Button(getTranslation("editor.reload"), click -> {
            event = editing.load(eventId());
            showEvent();
            message.setText(getTranslation("editor.reloaded"));
        });
        reload.setId("editor-reload");
        message.setId("editor-message");
        message.getElement().setAttribute("role", "status");
        return new Div(new HorizontalLayout(save, reload), message);
    }

    private Section section(String titleKey, Component content) {
        return new Section(new H2(getTranslation(titleKey)), content);
    }

    /** Checks every field, marks the bad ones, and saves only a fully valid event. */
    void save() {
        message.setText("");
        EventAssembly assembly = new EventAssembly(this);
        RegionalEvent edited =
                assembly.assemble(event, details, details.write(), rounds.rows, tables.rows, organisers.organisers);
        if (edited == null) {
            message.setText(
                    assembly.unplaced() == null
                            ? getTranslation("editor.invalid")
                            : getTranslation("editor.refused", assembly.unplaced()));
            return;
        }
        try {
            event = editing.save(eventId(), edited);
            message.setText(getTranslation("editor.saved"));
            // Later saves must carry the new version; the form keeps what is shown.
            details.showStatus(event.status());
        } catch (StaleEditException stale) {
            message.setText(getTranslation(
                    "editor.stale", names.nameOf(stale.lastEditedBy(), getTranslation("person.someone"))));
        } catch (DomainException refused) {
            message.setText(getTranslation("editor.refused", DomainMessages.text(this, refused)));
        }
    }
}
