package no.fellesgrunn.web.organiser.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.actor.Actor;

/** The event's organisers: the list (the signed-in organiser cannot remove themselves) and a search to add a co-organiser. */
class OrganisersEditor extends Div {
    final UnorderedList organiserList = new UnorderedList();
    final ComboBox<Actor> organiserSearch = new ComboBox<>();
    final Set<UUID> organisers = new LinkedHashSet<>();
    private final Map<UUID, String> organiserNames = new HashMap<>();
    private final Binder<Actor[]> binder = new Binder<>();
    private UUID me;

    OrganisersEditor(EventEditing editing, Supplier<UUID> eventId) {
        organiserList.setId("organiser-list");
        organiserSearch.setLabel(getTranslation("editor.organisers.search"));
        organiserSearch.setId("organiser-search");
        organiserSearch.setItemLabelGenerator(a -> a.name() + " <" + a.email().value() + ">");
        organiserSearch.setItems(query ->
                editing
                        .findActors(eventId.get(), query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                        .stream()
                        .skip(query.getOffset()));
        organiserSearch.addClassName("organiser-search");
        binder.forField(organiserSearch)
                .asRequired(getTranslation("editor.organisers.pick"))
                .bind(a -> a[0], (a, v) -> a[0] = v);
        Button add = new Button(getTranslation("editor.organisers.add"), click -> {
            Actor[] picked = new Actor[1];
            if (binder.writeBeanIfValid(picked)) {
                organiserNames.put(picked[0].id(), picked[0].name());
                organisers.add(picked[0].id());
                binder.readBean(new Actor[1]);
                show();
            }
        });
        add.setId("organiser-add");
        HorizontalLayout row = new HorizontalLayout(organiserSearch, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(organiserList, row);
    }

    /** Shows the event's organisers, with their names. */
    void read(Set<UUID> ids, Iterable<Actor> actors, UUID signedIn) {
        me = signedIn;
        organisers.clear();
        organisers.addAll(ids);
        actors.forEach(a -> organiserNames.put(a.id(), a.name()));
        binder.readBean(new Actor[1]);
        show();
    }

    private void show() {
        organiserList.removeAll();
        for (UUID id : organisers) {
            ListItem item = new ListItem(new Span(organiserNames.getOrDefault(id, id.toString())));
            if (!id.equals(me)) {
                Button remove =
                        new Button(getTranslation("editor.organisers.remove", organiserNames.get(id)), click -> {
                            organisers.remove(id);
                            show();
                        });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                item.add(remove);
            } else {
                item.add(new Span(" " + getTranslation("editor.organisers.you")));
            }
            organiserList.add(item);
        }
    }
}
