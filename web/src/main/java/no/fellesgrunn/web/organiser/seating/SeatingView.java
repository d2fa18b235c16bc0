package no.fellesgrunn.web.organiser.seating;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.Text;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.EventNavigation;
import no.fellesgrunn.web.organiser.PublishDialog;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.solver.EventRoute;
import no.fellesgrunn.web.solver.JobStatus;
import no.fellesgrunn.web.solver.SchedulingJobs;
import no.fellesgrunn.web.solver.SolverProgress;
import no.fellesgrunn.web.solver.SolverProgressPanel;
import org.springframework.security.access.AccessDeniedException;

/**
 * The seating page of an event: run the scheduler with live progress (and stop it), see the plan
 * as rounds of table cards (challenge, room, people with text badges for sector and perspective,
 * warnings), move a person, pin and unpin seats, solve again keeping the pins, see the score per
 * rule, publish, compare with the published version, and report cancellations, arrivals and
 * changed availability (sent to a running solver as problem changes).
 * <p>
 * One round is shown at a time, so an event of 125 tables stays light in the browser.
 * <p>
 * Over 300 lines: not yet split into board, table card, move and change components (issue 17).
 */
@Route("organiser/events/:eventId/seating")
@RolesAllowed("ORGANISER")
public class SeatingView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final OrganiserEvents organiserEvents;
    private final SchedulingJobs jobs;
    private final SeatingService seating;
    private final WalkIns walkIns;
    private final no.fellesgrunn.domain.reference.ReferenceDataRepository reference;

    private UUID eventId;
    private SeatingBoard board;
    private Round shownRound;
    private final SolverProgressPanel progress = new SolverProgressPanel("seating");
    private final Button solve = new Button();
    private final Button stop = new Button();
    private final Button publish = new Button();
    private final Paragraph planSummary = new Paragraph();
    private final Paragraph replanResult = new Paragraph();
    private final RadioButtonGroup<Round> roundPicker = new RadioButtonGroup<>();
    private final Div rounds = new Div();
    private final Div breakdown = new Div();
    private final Div comparison = new Div();
    private final Div changes = new Div();
    private final no.fellesgrunn.web.security.AccountNames names;
    private Runnable unsubscribe;
    private JobStatus shownStatus = JobStatus.IDLE;

    public SeatingView(OrganiserEvents organiserEvents, SchedulingJobs jobs, SeatingService seating,
                       no.fellesgrunn.web.security.AccountNames names, WalkIns walkIns,
                       no.fellesgrunn.domain.reference.ReferenceDataRepository reference) {
        this.names = names;
        this.walkIns = walkIns;
        this.reference = reference;
        this.organiserEvents = organiserEvents;
        this.jobs = jobs;
        this.seating = seating;
        getStyle().set("padding", "var(--lumo-space-l)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegionalEvent regionalEvent;
        try {
            regionalEvent = organiserEvents.open(EventRoute.eventId(event).orElseThrow(() -> new AccessDeniedException("no event")));
        } catch (AccessDeniedException denied) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        eventId = regionalEvent.id();
        shownRound = null;
        removeAll();
        build(regionalEvent);
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        getUI().ifPresent(this::subscribe);
    }

    private void build(RegionalEvent event) {
        H2 title = new H2(getTranslation("seating.title"));
        title.setId("seating-title");
        solve.setId("seating-solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> run(() -> jobs.start(eventId)));
        stop.setText(getTranslation("seating.stop"));
        stop.setId("seating-stop");
        stop.addClickListener(click -> run(() -> jobs.stop(eventId)));
        publish.setText(getTranslation("seating.publish"));
        publish.setId("seating-publish");
        publish.addClickListener(click -> run(this::openPublishDialog));
        HorizontalLayout controls = new HorizontalLayout(solve, stop, publish);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        planSummary.setId("seating-plan");
        replanResult.setId("seating-replan");
        roundPicker.setLabel(getTranslation("seating.round.select"));
        roundPicker.setId("seating-round-picker");
        roundPicker.setItems(event.rounds());
        roundPicker.setItemLabelGenerator(this::roundLabel);
        roundPicker.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                shownRound = change.getValue();
                showRounds();
            }
        });
        rounds.setId("seating-rounds");

        Details breakdownDetails = new Details(getTranslation("seating.breakdown"), breakdown);
        breakdownDetails.setId("seating-breakdown");
        Details compareDetails = new Details(getTranslation("seating.compare"), comparison);
        compareDetails.setId("seating-compare");
        compareDetails.addOpenedChangeListener(open -> {
            if (open.isOpened()) {
                showComparison();
            }
        });
        Details changeDetails = new Details(getTranslation("seating.change"), changes);
        changeDetails.setId("seating-change");
        add(new EventNavigation(event, EventSection.SEATING), title, new Paragraph(getTranslation("seating.intro")),
                controls, progress, planSummary, replanResult, breakdownDetails, compareDetails, changeDetails,
                roundPicker, rounds);
        showProgress(jobs.status(eventId));
        refresh();
    }

    /** Reloads the plan and everything shown from it. */
    private void refresh() {
        board = seating.board(eventId);
        PlanVersion plan = board.plan();
        boolean running = shownStatus.isRunning();
        solve.setText(getTranslation(plan == null ? "seating.solve" : "seating.solveAgain"));
        solve.setEnabled(!running);
        stop.setEnabled(running);
        publish.setEnabled(!running && board.isDraft());
        if (plan == null) {
            planSummary.setText(getTranslation("seating.plan.none"));
        } else {
            String score = board.evaluation() == null ? plan.score() : board.evaluation().score();
            planSummary.setText(board.isDraft()
                    ? getTranslation("seating.plan.DRAFT", plan.number(), names.nameOf(plan.createdBy(), getTranslation("person.someone")), score)
                    + (board.published() == null ? "" : " " + getTranslation("seating.plan.published", board.published().number()))
                    : getTranslation("seating.plan.PUBLISHED", plan.number(), names.nameOf(plan.publishedBy(), getTranslation("person.someone")), score,
                            plan.publishedAt()));
        }
        if (shownRound == null || board.event().rounds().stream().noneMatch(r -> r.id().equals(shownRound.id()))) {
            shownRound = board.event().rounds().isEmpty() ? null : board.event().rounds().get(0);
        }
        roundPicker.setValue(shownRound);
        showRounds();
        showBreakdown();
        showChanges();
        comparison.removeAll();
    }

    private void showRounds() {
        rounds.removeAll();
        if (board.plan() == null || shownRound == null) {
            return;
        }
        Section section = new Section();
        section.setId("seating-round-" + shownRound.number());
        H3 heading = new H3(roundLabel(shownRound));
        Div cards = new Div();
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(20rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        for (SeatingBoard.TableCard card : board.cards(shownRound)) {
            cards.add(card(card));
        }
        List<SeatingBoard.Person> unseated = board.unseated(shownRound);
        Paragraph unseatedText = new Paragraph(unseated.isEmpty() ? getTranslation("seating.unseated.none")
                : getTranslation("seating.unseated", String.join(", ", unseated.stream().map(SeatingBoard.Person::name).toList())));
        unseatedText.setId("seating-unseated");
        section.add(heading, unseatedText);
        // Fairness across the day: who sits out more than one of their rounds.
        Map<SeatingBoard.Person, Integer> sittingOut = board.sittingOutMoreThanOnce();
        if (!sittingOut.isEmpty()) {
            Paragraph fairness = new Paragraph(getTranslation("seating.sitsout", sittingOut.size(), String.join(", ",
                    sittingOut.entrySet().stream().map(e -> getTranslation("seating.sitsout.person", e.getKey().name(),
                            e.getValue(), e.getKey().availableRounds().size())).toList())));
            fairness.setId("seating-sitsout");
            section.add(fairness);
        }
        section.add(cards);
        rounds.add(section);
    }

    private Component card(SeatingBoard.TableCard card) {
        Div box = new Div();
        box.setId("table-" + card.table().label() + "-round-" + card.round().number());
        box.addClassName("table-card");
        box.getStyle().set("border", "1px solid var(--lumo-contrast-50pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        H4 heading = new H4(getTranslation("seating.table", card.table().label()));
        heading.getStyle().set("margin", "0");
        box.add(heading);
        if (card.table().accessible()) {
            box.add(badge(getTranslation("seating.table.accessible"), "success"));
        }
        box.add(new Div(getTranslation("seating.table.room", card.room().name())));
        box.add(new Div(card.challengeId() == null ? getTranslation("seating.table.open")
                : getTranslation("seating.table.challenge", board.challengeTitles().getOrDefault(card.challengeId(), "?"))));
        box.add(new Div(getTranslation("seating.table.fill", card.seats().size(), card.table().capacity())));
        UnorderedList warnings = new UnorderedList();
        warnings.addClassName("table-warnings");
        for (SeatingBoard.Person clash : board.accessibilityClashes(card)) {
            Span badge = new Span(getTranslation("seating.table.warning",
                    getTranslation("seating.table.notaccessible", clash.name())));
            badge.getElement().getThemeList().add("badge error");
            badge.getStyle().set("white-space", "normal");
            warnings.add(new ListItem(badge));
        }
        for (Text warning : card.warnings()) {
            Span badge = new Span(getTranslation("seating.table.warning", text(warning)));
            badge.getElement().getThemeList().add("badge error");
            badge.getStyle().set("white-space", "normal");
            warnings.add(new ListItem(badge));
        }
        if (warnings.getChildren().findAny().isPresent()) {
            box.add(warnings);
        } else if (!card.seats().isEmpty()) {
            Span ok = new Span(getTranslation("seating.table.ok"));
            ok.getElement().getThemeList().add("badge success");
            box.add(ok);
        }
        if (card.seats().isEmpty()) {
            box.add(new Paragraph(getTranslation("seating.table.empty")));
        } else {
            UnorderedList people = new UnorderedList();
            people.getStyle().set("padding-left", "0").set("list-style", "none");
            card.seats().stream().sorted(Comparator.comparing(s -> board.nameOf(s.actorId())))
                    .forEach(seat -> people.add(person(seat)));
            box.add(people);
        }
        return box;
    }

    private ListItem person(Seat seat) {
        SeatingBoard.Person person = board.people().get(seat.actorId());
        String name = board.nameOf(seat.actorId());
        ListItem item = new ListItem();
        item.addClassName("seat");
        item.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Span nameSpan = new Span(name);
        nameSpan.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-xs)");
        item.add(nameSpan);
        if (person != null && person.sector() != null) {
            item.add(badge(getTranslation("seating.badge.sector", getTranslation("seating.sector." + person.sector().name())), ""));
        }
        if (person != null) {
            person.perspectives().stream().sorted().forEach(p ->
                    item.add(badge(getTranslation("seating.badge.perspective", getTranslation("seating.perspective." + p.name())), "contrast")));
        }
        if (person != null && person.needsAccessibleTable()) {
            item.add(badge(getTranslation("seating.badge.accessible"), "contrast"));
        }
        if (seat.pinned()) {
            item.add(badge(getTranslation("seating.badge.pinned"), "success"));
        }
        int round = shownRound.number();
        Button pin = new Button(getTranslation(seat.pinned() ? "seating.unpin" : "seating.pin"),
                click -> run(() -> seating.setPinned(eventId, board.plan().id(), board.plan().version(), seat.actorId(),
                        seat.roundId(), !seat.pinned())));
        pin.getElement().setAttribute("aria-label",
                getTranslation(seat.pinned() ? "seating.unpin.aria" : "seating.pin.aria", name, round));
        pin.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        pin.addClassName("pin-button");
        pin.setEnabled(!shownStatus.isRunning());
        Button move = new Button(getTranslation("seating.move"), click -> openMoveDialog(seat.actorId()));
        move.getElement().setAttribute("aria-label", getTranslation("seating.move.aria", name));
        move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        move.addClassName("move-button");
        move.setEnabled(!shownStatus.isRunning());
        item.add(pin, move);
        return item;
    }

    private Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
        return badge;
    }

    /** Publishing asks first: who is told, what the plan breaks; a broken hard rule needs a reason. */
    private void openPublishDialog() {
        PublishCheck check = seating.publishCheck(eventId);
        UUID planId = board.plan().id();
        int planVersion = board.plan().version();
        List<String> broken = check.brokenRules().stream().map(rule -> getTranslation("seating.publish.broken",
                getTranslation(RuleNames.key(rule.constraint())), rule.matches())).toList();
        List<String> warnings = check.unseatedSeats() == 0 ? List.of()
                : List.of(getTranslation("seating.publish.warning.unseated", check.unseatedSeats()));
        String summary = getTranslation(check.firstPublication() ? "seating.publish.summary.first" : "seating.publish.summary.change",
                check.planNumber(), check.peopleToTell());
        PublishDialog dialog = new PublishDialog("seating-publish", List.of(summary), broken, warnings, publish,
                reason -> run(() -> {
                    PlanVersion published = seating.publish(eventId, planId, planVersion, reason);
                    notify(getTranslation("seating.publish.done", published.number()), false);
                }));
        add(dialog);
        dialog.open();
    }

    /** The move dialog: person, round, table. Nothing typed is lost when the move is refused. */
    void openMoveDialog(UUID actorId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("seating.move.title"));
        dialog.setId("seating-move-dialog");
        ComboBox<SeatingBoard.Person> person = new ComboBox<>(getTranslation("seating.move.person"));
        person.setId("move-person");
        person.setItems(board.people().values().stream().sorted(Comparator.comparing(SeatingBoard.Person::name)).toList());
        person.setItemLabelGenerator(SeatingBoard.Person::name);
        person.setValue(board.people().get(actorId));
        // ComboBoxes, not Selects: an open Select's list box has no accessible name (axe aria-input-field-name).
        ComboBox<Round> round = new ComboBox<>();
        round.setLabel(getTranslation("seating.move.round"));
        round.setId("move-round");
        round.setItems(board.event().rounds());
        round.setItemLabelGenerator(this::roundLabel);
        round.setValue(shownRound);
        ComboBox<RoundTable> table = new ComboBox<>();
        table.setLabel(getTranslation("seating.move.table"));
        table.setId("move-table");
        table.setItems(board.event().tables().toList());
        table.setItemLabelGenerator(t -> tableOption(t, round.getValue()));
        round.addValueChangeListener(change -> table.setItemLabelGenerator(t -> tableOption(t, change.getValue())));
        // Someone who needs an accessible table is told so before a move to a table that is not.
        Runnable accessibleHint = () -> table.setHelperText(person.getValue() != null && person.getValue().needsAccessibleTable()
                ? getTranslation(table.getValue() != null && !table.getValue().accessible()
                        ? "seating.move.notaccessible" : "seating.move.needsaccessible", person.getValue().name())
                : null);
        person.addValueChangeListener(change -> accessibleHint.run());
        table.addValueChangeListener(change -> accessibleHint.run());
        accessibleHint.run();
        Button save = new Button(getTranslation("seating.move.save"), click -> {
            if (person.getValue() == null || round.getValue() == null || table.getValue() == null) {
                return;
            }
            try {
                seating.move(eventId, board.plan().id(), board.plan().version(), person.getValue().actorId(),
                        round.getValue().id(), table.getValue().id());
                notify(getTranslation("seating.move.done", person.getValue().name(), table.getValue().label(),
                        round.getValue().number()), false);
                dialog.close();
                shownRound = round.getValue();
                refresh();
            } catch (DomainException e) {
                // The dialog stays open with the organiser's choice; the page shows the plan as stored now.
                notify(getTranslation("seating.error", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)), true);
                board = seating.board(eventId);
            }
        });
        save.setId("move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("seating.move.cancel"), click -> dialog.close());
        person.setWidthFull();
        round.setWidthFull();
        table.setWidthFull();
        com.vaadin.flow.component.orderedlayout.VerticalLayout fields =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(person, round, table);
        fields.setPadding(false);
        fields.setWidth("26rem");
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        add(dialog);
        dialog.open();
    }

    private String tableOption(RoundTable table, Round round) {
        long seated = round == null || board.plan() == null ? 0 : board.plan().seats().stream()
                .filter(s -> s.roundId().equals(round.id()) && s.tableId().equals(table.id())).count();
        String room = board.event().rooms().stream().filter(r -> r.tables().contains(table)).findFirst()
                .map(r -> r.name()).orElse("");
        return getTranslation("seating.tableOption", table.label(), room, seated, table.capacity(),
                table.accessible() ? "yes" : "no");
    }

    private void showBreakdown() {
        breakdown.removeAll();
        EventPlan evaluation = board.evaluation();
        if (evaluation == null) {
            return;
        }
        Grid<EventPlan.ConstraintScore> grid = new Grid<>();
        grid.setId("seating-breakdown-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("seating.breakdown"));
        grid.addColumn(c -> getTranslation(RuleNames.key(c.constraint()))).setHeader(getTranslation("seating.breakdown.constraint")).setAutoWidth(true);
        grid.addColumn(EventPlan.ConstraintScore::score).setHeader(getTranslation("seating.breakdown.score")).setAutoWidth(true);
        grid.addColumn(EventPlan.ConstraintScore::matches).setHeader(getTranslation("seating.breakdown.matches")).setAutoWidth(true);
        grid.setItems(evaluation.scoreBreakdown());
        grid.setAllRowsVisible(true);
        breakdown.add(grid);
    }

    private void showComparison() {
        comparison.removeAll();
        Optional<PlanComparison> compared = seating.compare(eventId);
        if (compared.isEmpty()) {
            comparison.add(new Paragraph(getTranslation("seating.compare.none")));
            return;
        }
        PlanComparison c = compared.get();
        Paragraph summary = new Paragraph(getTranslation("seating.compare.summary", c.publishedNumber(), c.draftNumber(),
                c.peopleToTell()));
        summary.setId("seating-compare-summary");
        comparison.add(summary);
        UnorderedList list = new UnorderedList();
        c.changed().forEach(change -> list.add(new ListItem(getTranslation("seating.compare.changed", change.name(),
                String.join(", ", change.rounds().stream().map(String::valueOf).toList())))));
        comparison.add(list);
        if (!c.added().isEmpty()) {
            comparison.add(new Paragraph(getTranslation("seating.compare.added", String.join(", ", c.added()))));
        }
        if (!c.removed().isEmpty()) {
            comparison.add(new Paragraph(getTranslation("seating.compare.removed", String.join(", ", c.removed()))));
        }
    }

    /** Cancellations, unannounced arrivals and changed availability. */
    private void showChanges() {
        changes.removeAll();
        ComboBox<SeatingBoard.Person> person = new ComboBox<>(getTranslation("seating.change.person"));
        person.setId("change-person");
        List<SeatingBoard.Person> takingPart = board.people().values().stream()
                .filter(p -> p.sector() != null).sorted(Comparator.comparing(SeatingBoard.Person::name)).toList();
        person.setItems(takingPart);
        person.setItemLabelGenerator(SeatingBoard.Person::name);
        CheckboxGroup<Round> available = new CheckboxGroup<>(getTranslation("seating.change.rounds"));
        available.setId("change-rounds");
        available.setItems(board.event().rounds());
        available.setItemLabelGenerator(this::roundLabel);
        person.addValueChangeListener(change -> {
            Set<Round> selected = new HashSet<>();
            if (change.getValue() != null) {
                board.event().rounds().stream().filter(r -> change.getValue().availableRounds().contains(r.id()))
                        .forEach(selected::add);
            }
            available.setValue(selected);
        });
        Button cancelled = new Button(getTranslation("seating.change.cancelled"), click -> {
            if (person.getValue() != null) {
                change(() -> jobs.participantCancelled(eventId, person.getValue().actorId()));
            }
        });
        cancelled.setId("change-cancelled");
        Button saveAvailability = new Button(getTranslation("seating.change.availability"), click -> {
            if (person.getValue() != null) {
                Set<UUID> ids = new HashSet<>();
                available.getValue().forEach(r -> ids.add(r.id()));
                change(() -> jobs.availabilityChanged(eventId, person.getValue().actorId(), ids));
            }
        });
        saveAvailability.setId("change-availability");
        ComboBox<SeatingBoard.Person> newcomer = new ComboBox<>(getTranslation("seating.change.arrivedPerson"));
        newcomer.setId("change-newcomer");
        newcomer.setItems(seating.notTakingPart(eventId));
        newcomer.setItemLabelGenerator(SeatingBoard.Person::name);
        Button arrived = new Button(getTranslation("seating.change.arrived"), click -> {
            if (newcomer.getValue() != null) {
                change(() -> jobs.participantArrived(eventId, newcomer.getValue().actorId()));
            }
        });
        arrived.setId("change-arrived");
        HorizontalLayout personRow = new HorizontalLayout(person, cancelled);
        personRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Button newPerson = new Button(getTranslation("seating.walkIn.open"));
        newPerson.setId("walk-in-open");
        newPerson.addClickListener(click -> {
            WalkInDialog dialog = new WalkInDialog(reference.themes(), getLocale().getLanguage().equals("en"), newPerson,
                    walkIn -> {
                        try {
                            boolean live = walkIns.arrive(eventId, walkIn);
                            notify(getTranslation(live ? "seating.change.live" : "seating.change.saved"), false);
                            refresh();
                            return true;
                        } catch (DomainException e) {
                            notify(getTranslation("seating.error", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)), true);
                            return false;
                        }
                    });
            add(dialog);
            dialog.open();
        });
        HorizontalLayout arrivalRow = new HorizontalLayout(newcomer, arrived, newPerson);
        arrivalRow.setWrap(true);
        arrivalRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        changes.add(personRow, available, saveAvailability, arrivalRow);
    }

    private void change(java.util.function.BooleanSupplier action) {
        try {
            boolean live = action.getAsBoolean();
            notify(getTranslation(live ? "seating.change.live" : "seating.change.saved"), false);
            refresh();
        } catch (DomainException e) {
            notify(getTranslation("seating.error", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)), true);
        }
    }

    private String roundLabel(Round round) {
        return getTranslation("seating.round", round.number(), round.start().toLocalTime().format(TIME),
                round.end().toLocalTime().format(TIME));
    }

    /** A table's warning (a planner code) in the reader's language, people and organisations by name. */
    private String text(Text text) {
        return TableWarnings.text(text, FellesgrunnI18NProvider.supported(getLocale()), this::getTranslation, board::readable);
    }

    private void showProgress(SolverProgress update) {
        JobStatus before = shownStatus;
        shownStatus = update.status();
        progress.show(update);
        if (before.isRunning() && !update.status().isRunning()) {
            refresh();
            replanResult.setText(update.peopleToTell() == null ? ""
                    : getTranslation("seating.replan.result", update.peopleToTell()));
        } else if (before.isRunning() != update.status().isRunning()) {
            solve.setEnabled(!update.status().isRunning());
            stop.setEnabled(update.status().isRunning());
            publish.setEnabled(false);
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException e) {
            notify(getTranslation("seating.error", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)), true);
            refresh();
        }
    }

    private void notify(String text, boolean error) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        subscribe(attachEvent.getUI());
    }

    /** Solver updates come from the solver's threads: they reach this page only through UI.access. */
    private void subscribe(UI ui) {
        if (eventId != null && unsubscribe == null) {
            unsubscribe = jobs.subscribe(eventId, update -> ui.access(() -> showProgress(update)));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seating.title") + " | " + getTranslation("app.name");
    }
}
