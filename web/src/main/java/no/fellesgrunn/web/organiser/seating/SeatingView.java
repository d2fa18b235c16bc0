package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.web.i18n.DomainMessages;
import no.fellesgrunn.web.organiser.EventNavigation;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.PublishDialog;
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
 * The page holds the state and the actions; the round board ({@link RoundBoard}, {@link TableCardView}),
 * the {@link MoveDialog}, the {@link ChangesPanel} and {@link PlanDetails} only show and ask.
 */
@Route("organiser/events/:eventId/seating")
@RolesAllowed("ORGANISER")
public class SeatingView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final OrganiserEvents organiserEvents;
    private final SchedulingJobs jobs;
    private final SeatingService seating;
    private final WalkIns walkIns;
    private final no.fellesgrunn.domain.reference.ReferenceDataRepository reference;

    private UUID eventId;
    private SeatingBoard board;
    private Round shownRound;
    private final SolverProgressPanel progress = new SolverProgressPanel("seating");
    private SeatingControls controls;
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

    public SeatingView(
            OrganiserEvents organiserEvents,
            SchedulingJobs jobs,
            SeatingService seating,
            no.fellesgrunn.web.security.AccountNames names,
            WalkIns walkIns,
            no.fellesgrunn.domain.reference.ReferenceDataRepository reference) {
        this.names = names;
        this.walkIns = walkIns;
        this.reference = reference;
        this.organiserEvents = organiserEvents;
        this.jobs = jobs;
        this.seating = seating;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RegionalEvent regionalEvent;
        try {
            regionalEvent = organiserEvents.open(
                    EventRoute.eventId(event).orElseThrow(() -> new AccessDeniedException("no event")));
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
        controls = new SeatingControls(
                () -> run(() -> jobs.start(eventId)),
                () -> run(() -> jobs.stop(eventId)),
                () -> run(this::openPublishDialog));
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

        Details compareDetails = details("seating.compare", "seating-compare", comparison);
        compareDetails.addOpenedChangeListener(open -> {
            if (open.isOpened()) {
                PlanDetails.comparison(comparison, seating.compare(eventId));
            }
        });
        add(
                new EventNavigation(event, EventSection.SEATING),
                title,
                new Paragraph(getTranslation("seating.intro")),
                controls,
                progress,
                planSummary,
                replanResult,
                details("seating.breakdown", "seating-breakdown", breakdown),
                compareDetails,
                details("seating.change", "seating-change", changes),
                roundPicker,
                rounds);
        showProgress(jobs.status(eventId));
        refresh();
    }

    private Details details(String summaryKey, String id, Div content) {
        Details details = new Details(getTranslation(summaryKey), content);
        details.setId(id);
        return details;
    }

    /** Reloads the plan and everything shown from it. */
    private void refresh() {
        board = seating.board(eventId);
        controls.show(board.plan() != null, shownStatus.isRunning(), board.isDraft());
        planSummary.setText(SeatingTexts.planSummary(this, board, names));
        if (shownRound == null || board.event().rounds().stream().noneMatch(r -> r.id().equals(shownRound.id()))) {
            shownRound = board.event().rounds().isEmpty()
                    ? null
                    : board.event().rounds().get(0);
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
        PlanVersion plan = board.plan();
        rounds.add(new RoundBoard(
                board,
                shownRound,
                roundLabel(shownRound),
                !shownStatus.isRunning(),
                seat -> run(() -> seating.setPinned(
                        eventId, plan.id(), plan.version(), seat.actorId(), seat.roundId(), !seat.pinned())),
                this::openMoveDialog));
    }

    /** Publishing asks first: who is told, what the plan breaks; a broken hard rule needs a reason. */
    private void openPublishDialog() {
        UUID planId = board.plan().id();
        int planVersion = board.plan().version();
        PublishDialog dialog = SeatingTexts.publishDialog(
                this,
                seating.publishCheck(eventId),
                controls.publish,
                reason -> run(() -> {
                    PlanVersion published = seating.publish(eventId, planId, planVersion, reason);
                    notify(getTranslation("seating.publish.done", published.number()), false);
                }));
        add(dialog);
        dialog.open();
    }

    /** The move dialog: person, round, table. Nothing chosen is lost when the move is refused. */
    void openMoveDialog(UUID actorId) {
        MoveDialog dialog = new MoveDialog(
                board,
                actorId,
                shownRound,
                this::roundLabel,
                move -> attempt(() -> {
                    seating.move(
                            eventId,
                            board.plan().id(),
                            board.plan().version(),
                            move.getPerson().actorId(),
                            move.getRound().id(),
                            move.getTable().id());
                    shownRound = move.getRound();
                    return getTranslation(
                            "seating.move.done",
                            move.getPerson().name(),
                            move.getTable().label(),
                            move.getRound().number());
                }));
        add(dialog);
        dialog.open();
    }

    private void showBreakdown() {
        breakdown.removeAll();
        if (board.evaluation() != null) {
            breakdown.add(PlanDetails.breakdown(this, board.evaluation()));
        }
    }

    /** Cancellations, unannounced arrivals and changed availability. */
    private void showChanges() {
        changes.removeAll();
        changes.add(new ChangesPanel(
                board,
                seating.notTakingPart(eventId),
                this::roundLabel,
                ChangesPanel.Changes.of(jobs, eventId),
                change -> attempt(() -> liveOrSaved(change.getAsBoolean())),
                this::openWalkIn));
    }

    private void openWalkIn(Button opener) {
        WalkInDialog dialog = new WalkInDialog(
                reference.themes(), opener, walkIn -> attempt(() -> liveOrSaved(walkIns.arrive(eventId, walkIn))));
        add(dialog);
        dialog.open();
    }

    private String liveOrSaved(boolean live) {
        return getTranslation(live ? "seating.change.live" : "seating.change.saved");
    }

    private String roundLabel(Round round) {
        return RoundBoard.label(this, round);
    }

    private void showProgress(SolverProgress update) {
        JobStatus before = shownStatus;
        shownStatus = update.status();
        progress.show(update);
        if (before.isRunning() && !update.status().isRunning()) {
            refresh();
            replanResult.setText(
                    update.peopleToTell() == null
                            ? ""
                            : getTranslation("seating.replan.result", update.peopleToTell()));
        } else if (before.isRunning() != update.status().isRunning()) {
            controls.show(board != null && board.plan() != null, update.status().isRunning(), false);
        }
    }

    private void run(Runnable action) {
        attempt(() -> {
            action.run();
            return null;
        });
    }

    /**
     * Runs an action, says what it did (when it returns a sentence) and reloads the plan; a refusal
     * is said instead, and the page shows the plan as stored now.
     *
     * @return whether the action was done
     */
    private boolean attempt(java.util.function.Supplier<String> action) {
        try {
            String done = action.get();
            if (done != null) {
                notify(done, false);
            }
            return true;
        } catch (DomainException e) {
            notify(getTranslation("seating.error", DomainMessages.text(this, e)), true);
            return false;
        } finally {
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
