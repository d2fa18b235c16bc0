package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.web.participant.Cards;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.participant.ParticipantNav;
import no.fellesgrunn.web.participant.StatusRegion;
import no.fellesgrunn.web.security.CurrentUser;

/**
 * The outcome of one table in one round: the host or secretary records it (on a phone, at the
 * table), everyone at the table reads and comments, the host confirms, and the owners of next
 * steps move them on. The event's organisers read it. Anyone else is told it was not found.
 */
@Route("tables/:eventId/:roundId/:tableId")
@RolesAllowed({"PARTICIPANT", "ORGANISER"})
public class TableOutcomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final TableOutcomes outcomes;
    private final StatusRegion status = new StatusRegion();
    private final Div content = new Div();
    private TableKey key;

    public TableOutcomeView(TableOutcomes outcomes, CurrentUser currentUser) {
        this.outcomes = outcomes;
        getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("max-width", "60rem")
                .set("box-sizing", "border-box");
        H1 heading = new H1(getTranslation("outcome.title"));
        heading.setId("outcome-title");
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(heading);
        if (currentUser.hasRole(Role.PARTICIPANT)) {
            add(new ParticipantNav(MyTablesView.class));
        }
        add(status, content);
    }

    public static RouteParameters parameters(TableKey key) {
        return new RouteParameters(java.util.Map.of(
                "eventId",
                key.eventId().toString(),
                "roundId",
                key.roundId().toString(),
                "tableId",
                key.tableId().toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            RouteParameters p = event.getRouteParameters();
            key = new TableKey(
                    UUID.fromString(p.get("eventId").orElse("")),
                    UUID.fromString(p.get("roundId").orElse("")),
                    UUID.fromString(p.get("tableId").orElse("")));
            show(outcomes.open(key));
        } catch (IllegalArgumentException | NotFoundException e) {
            key = null;
            content.removeAll();
            Paragraph missing = new Paragraph(getTranslation("outcome.notfound"));
            missing.setId("outcome-not-found");
            content.add(missing);
        }
    }

    private void show(OutcomeSheet sheet) {
        content.removeAll();
        Paragraph where = new Paragraph(getTranslation(
                "outcome.where",
                sheet.eventName(),
                sheet.round(),
                sheet.table(),
                sheet.challenge() == null ? getTranslation("outcome.openTable") : sheet.challenge()));
        where.setId("outcome-where");
        content.add(where);
        if (sheet.host() != null || sheet.secretary() != null) {
            content.add(new Paragraph(getTranslation(
                    "outcome.recorders",
                    sheet.host() == null ? "–" : sheet.host(),
                    sheet.secretary() == null ? "–" : sheet.secretary())));
        }
        Div state = new Div();
        state.setId("outcome-state");
        if (sheet.outcome() == null) {
            state.add(new Paragraph(
                    getTranslation(sheet.mayRecord() ? "outcome.state.empty.record" : "outcome.state.empty")));
        } else if (sheet.outcome().confirmed()) {
            state.add(Cards.badge(
                    getTranslation(
                            "outcome.state.confirmed",
                            sheet.name(sheet.outcome().confirmedBy())),
                    "success"));
        } else {
            state.add(Cards.badge(getTranslation("outcome.state.draft"), null));
        }
        content.add(state);

        if (sheet.organiser()) {
            // Organisers come here from the follow-up board and go back to it.
            com.vaadin.flow.component.html.Anchor board =
                    new com.vaadin.flow.component.html.Anchor("organiser/follow-up", getTranslation("outcome.toBoard"));
            board.setId("outcome-to-board");
            content.add(new Paragraph(board));
            content.add(secretaryChoice(sheet));
        }
        if (sheet.mayRecord()) {
            content.add(new OutcomeForm(
                    sheet, (findings, steps) -> act(() -> outcomes.record(key, findings, steps), "outcome.saved")));
        }
        if (sheet.mayConfirm()) {
            Paragraph help = new Paragraph(getTranslation("outcome.confirm.help"));
            Button confirm = new Button(
                    getTranslation("outcome.confirm"), click -> act(() -> outcomes.confirm(key), "outcome.confirmed"));
            confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            confirm.setId("outcome-confirm");
            content.add(help, confirm);
        }
        if (sheet.outcome() != null) {
            content.add(new OutcomeReading(
                    sheet,
                    !sheet.mayRecord(),
                    (stepId, target) -> act(() -> outcomes.moveStep(key, stepId, target), "outcome.step.moved"),
                    text -> act(() -> outcomes.comment(key, text), "outcome.commented")));
        }
    }

    /** The organisers name one of the seated people table secretary, who records besides the host. */
    private Select<UUID> secretaryChoice(OutcomeSheet sheet) {
        Select<UUID> secretary = new Select<>();
        secretary.setLabel(getTranslation("outcome.secretary"));
        secretary.setHelperText(getTranslation("outcome.secretary.help"));
        secretary.setId("outcome-secretary");
        secretary.setEmptySelectionAllowed(true);
        secretary.setEmptySelectionCaption(getTranslation("outcome.secretary.none"));
        secretary.setItems(sheet.seated());
        secretary.setItemLabelGenerator(id -> id == null ? getTranslation("outcome.secretary.none") : sheet.name(id));
        if (sheet.secretaryId() != null && sheet.seated().contains(sheet.secretaryId())) {
            secretary.setValue(sheet.secretaryId());
        }
        secretary.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                act(() -> outcomes.nameSecretary(key, change.getValue()), "outcome.secretary.named");
            }
        });
        return secretary;
    }

    private void act(Supplier<OutcomeSheet> action, String successKey) {
        OutcomeSheet[] result = new OutcomeSheet[1];
        if (Attempts.attempt(this, status, () -> result[0] = action.get(), getTranslation(successKey))) {
            show(result[0]);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcome.title") + " | " + getTranslation("app.name");
    }
}
