package no.fellesgrunn.web.organiser.challenges;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.web.base.ConfirmAction;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.editor.EventEditing;
import no.fellesgrunn.web.organiser.events.EventPage;
import no.fellesgrunn.web.organiser.participants.BackgroundWork;
import no.fellesgrunn.web.organiser.participants.ImportPanel;

/**
 * Challenge intake for an event: the challenges of the event's region with filters by theme,
 * county and status; a form to enter one on a municipality's behalf; a file import; and selecting
 * challenges for the event with their least and most rounds.
 */
@Route("organiser/events/:eventId/challenges")
@RolesAllowed("ORGANISER")
public class ChallengesView extends EventPage {
    private final ChallengeIntake intake;
    private final EventEditing editing;
    private final BackgroundWork work;
    private final List<Theme> themes;
    private final Map<String, String> countyNames;

    final ComboBox<Theme> theme = new ComboBox<>();
    final ComboBox<County> county = new ComboBox<>();
    final ComboBox<ChallengeStatus> status = new ComboBox<>();
    final Grid<ChallengeRow> grid = new Grid<>();
    final Paragraph message = new Paragraph();
    ChallengeFormDialog form;
    RoundsDialog roundsDialog;
    private final no.fellesgrunn.web.security.AccountNames names;
    ImportPanel importPanel;

    public ChallengesView(
            OrganiserEvents organiserEvents,
            ChallengeIntake intake,
            EventEditing editing,
            BackgroundWork work,
            ReferenceDataRepository reference,
            no.fellesgrunn.web.security.AccountNames names) {
        super(organiserEvents, EventSection.CHALLENGES);
        this.names = names;
        this.intake = intake;
        this.editing = editing;
        this.work = work;
        this.themes = reference.themes();
        this.countyNames = reference.counties().stream().collect(Collectors.toMap(County::code, County::name));
    }

    private List<com.vaadin.flow.component.Component> parts = List.of();

    @Override
    protected void render(RegionalEvent loaded) {
        county.setItems(loaded.counties().stream()
                .sorted()
                .map(c -> new County(c, countyNames.getOrDefault(c, c)))
                .toList());
        message.setText("");
        parts.forEach(this::add);
        refresh();
    }

    @Override
    protected void build() {
        theme.setLabel(getTranslation("challenges.filter.theme"));
        theme.setId("challenges-theme");
        theme.setItems(themes);
        theme.setItemLabelGenerator(this::themeName);
        county.setLabel(getTranslation("challenges.filter.county"));
        county.setId("challenges-county");
        county.setItemLabelGenerator(County::name);
        status.setLabel(getTranslation("challenges.filter.status"));
        status.setId("challenges-status");
        status.setItems(ChallengeStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("challenges.status." + s.name()));
        for (ComboBox<?> f : List.of(theme, county, status)) {
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> refresh());
        }
        Button add = new Button(getTranslation("challenges.new"), click -> {
            form = new ChallengeFormDialog(intake, editing, eventId(), themes, () -> {
                message.setText(getTranslation("challenges.submitted"));
                refresh();
            });
            form.open();
        });
        add.setId("challenges-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(theme, county, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("challenges-grid");
        grid.setAriaLabel(getTranslation("challenges.grid.label"));
        grid.addColumn(r -> r.challenge().title())
                .setHeader(getTranslation("challenges.column.title"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(ChallengeRow::ownerName)
                .setHeader(getTranslation("challenges.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.challenge().themes().stream()
                        .map(this::themeName)
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("challenges.column.themes"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(
                        "challenges.status." + r.challenge().status().name()))
                .setHeader(getTranslation("challenges.column.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.selected()
                        ? getTranslation(
                                "challenges.selected.rounds",
                                r.selection().minRounds(),
                                r.selection().maxRounds())
                        : getTranslation("challenges.not.selected"))
                .setHeader(getTranslation("challenges.column.selected"))
                .setAutoWidth(true);
        grid.addColumn(ChallengeRow::wishes)
                .setHeader(getTranslation("challenges.column.wishes"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader(getTranslation("challenges.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("30em");
        message.setId("challenges-message");
        message.getElement().setAttribute("role", "status");

        importPanel = new ImportPanel(
                "challenges-import",
                work,
                (name, bytes) -> intake.preview(eventId(), name, bytes),
                (name, bytes) -> intake.importFile(eventId(), name, bytes),
                () -> {
                    event = editing.load(eventId());
                    refresh();
                });
        Details importDetails = new Details(getTranslation("challenges.import.title"), importPanel);
        importDetails.setId("challenges-import");
        parts = List.of(new H2(getTranslation("challenges.title")), filters, grid, message, importDetails);
    }

    private HorizontalLayout actions(ChallengeRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        String title = row.challenge().title();
        int rounds = Math.max(event.rounds().size(), 1);
        if (row.selected()) {
            Button change = new Button(
                    getTranslation("challenges.rounds"),
                    click -> openRounds(
                            getTranslation("challenges.rounds.title", title),
                            row.selection().minRounds(),
                            row.selection().maxRounds(),
                            (min, max) -> event = intake.setRounds(
                                    eventId(), event.version(), row.challenge().id(), min, max)));
            change.setAriaLabel(getTranslation("challenges.rounds.label", title));
            Button off = new Button(getTranslation("challenges.deselect"));
            // Taking a challenge off removes it from matching and seating: ask first.
            off.addClickListener(click -> ConfirmAction.ask(
                    this,
                    new ConfirmAction(
                            "deselect",
                            getTranslation("challenges.deselect.confirm.title", title),
                            getTranslation("challenges.deselect.confirm.text", title),
                            getTranslation("challenges.deselect"),
                            getTranslation("challenges.deselect.keep"),
                            off,
                            () -> deselect(row))));
            off.setAriaLabel(getTranslation("challenges.deselect.label", title));
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(change, off);
        } else if (row.challenge().status() == ChallengeStatus.SUBMITTED
                || row.challenge().status() == ChallengeStatus.SELECTED) {
            Button select = new Button(
                    getTranslation("challenges.select"),
                    click -> openRounds(
                            getTranslation("challenges.select.title", title),
                            1,
                            rounds,
                            (min, max) -> event = intake.select(
                                    eventId(), event.version(), row.challenge().id(), min, max)));
            select.setAriaLabel(getTranslation("challenges.select.label", title));
            buttons.add(select);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void openRounds(String title, int min, int max, RoundsDialog.Save save) {
        roundsDialog = new RoundsDialog(title, min, max, event.rounds().size(), (lo, hi) -> {
            save.save(lo, hi);
            message.setText(getTranslation("challenges.saved"));
            refresh();
        });
        roundsDialog.open();
    }

    void deselect(ChallengeRow row) {
        try {
            event = intake.deselect(eventId(), event.version(), row.challenge().id());
            message.setText(
                    getTranslation("challenges.deselected", row.challenge().title()));
            refresh();
        } catch (StaleEditException stale) {
            message.setText(getTranslation(
                    "challenges.stale", names.nameOf(stale.lastEditedBy(), getTranslation("person.someone"))));
        } catch (DomainException refused) {
            message.setText(
                    getTranslation("challenges.refused", no.fellesgrunn.web.i18n.DomainMessages.text(this, refused)));
        }
    }

    void refresh() {
        grid.setItems(intake.challenges(
                eventId(),
                new ChallengeFilter(
                        theme.getValue() == null ? null : theme.getValue().key(),
                        county.getValue() == null ? null : county.getValue().code(),
                        status.getValue())));
    }

    private String themeName(Theme t) {
        return no.fellesgrunn.web.i18n.ReferenceNames.theme(t, getLocale());
    }

    private String themeName(String key) {
        return themes.stream()
                .filter(t -> t.key().equals(key))
                .findFirst()
                .map(this::themeName)
                .orElse(key);
    }
}
