package no.fellesgrunn.web.organiser.matching;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchPublication;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.EventNavigation;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.PublishDialog;
import no.fellesgrunn.web.solver.EventRoute;
import no.fellesgrunn.web.solver.JobStatus;
import no.fellesgrunn.web.solver.MatchingJobs;
import no.fellesgrunn.web.solver.SolverProgress;
import no.fellesgrunn.web.solver.SolverProgressPanel;
import org.springframework.security.access.AccessDeniedException;

/**
 * The matching page of an event: run the matching solver with live progress and stop it; review
 * the suggested matches with similarity and reasons, accept or reject each; publish them.
 */
@Route("organiser/events/:eventId/matching")
@RolesAllowed("ORGANISER")
public class MatchingView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final OrganiserEvents organiserEvents;
    private final MatchingJobs jobs;
    private final MatchReviewService reviews;

    private UUID eventId;
    private final SolverProgressPanel progress = new SolverProgressPanel("matching");
    private final IntegerField perActor = new IntegerField();
    private final Button start = new Button();
    private final Button stop = new Button();
    private final Button publish = new Button();
    private final Paragraph summary = new Paragraph();
    private final Paragraph publication = new Paragraph();
    private final Grid<MatchReviewService.MatchRow> grid = new Grid<>();
    private final no.fellesgrunn.web.security.AccountNames names;
    private Runnable unsubscribe;
    private JobStatus shownStatus = JobStatus.IDLE;
    /** Published matches are final: their accept and reject buttons are off. */
    private boolean matchesPublished;

    private final no.fellesgrunn.web.i18n.MatchReasons reasonTexts;
    private final MatchDeclines declines;
    private DeclinedMatchesPanel declinesPanel;

    public MatchingView(
            OrganiserEvents organiserEvents,
            MatchingJobs jobs,
            MatchReviewService reviews,
            no.fellesgrunn.web.security.AccountNames names,
            no.fellesgrunn.web.i18n.MatchReasons reasonTexts,
            MatchDeclines declines) {
        this.declines = declines;
        this.names = names;
        this.reasonTexts = reasonTexts;
        this.organiserEvents = organiserEvents;
        this.jobs = jobs;
        this.reviews = reviews;
        getStyle().set("padding", "var(--lumo-space-l)");
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
        removeAll();
        build(regionalEvent);
        // The same view may be reused for another event: listen to that event's job instead.
        if (unsubscribe != null) {
            unsubscribe.run();
            unsubscribe = null;
        }
        getUI().ifPresent(this::subscribe);
    }

    private void build(RegionalEvent event) {
        H2 title = new H2(getTranslation("matching.title"));
        title.setId("matching-title");
        perActor.setLabel(getTranslation("matching.perActor"));
        perActor.setId("matching-per-actor");
        perActor.setMin(1);
        perActor.setMax(5);
        perActor.setValue(1);
        perActor.setStepButtonsVisible(true);
        start.setText(getTranslation("matching.start"));
        start.setId("matching-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(
                click -> run(() -> jobs.start(eventId, perActor.getValue() == null ? 1 : perActor.getValue())));
        stop.setText(getTranslation("matching.stop"));
        stop.setId("matching-stop");
        stop.addClickListener(click -> run(() -> jobs.stop(eventId)));
        HorizontalLayout controls = new HorizontalLayout(perActor, start, stop);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        // On a phone "Stopp" goes to the next line instead of off the screen.
        controls.setWrap(true);

        summary.setId("matching-summary");
        publication.setId("matching-publication");
        publish.setText(getTranslation("matching.publish"));
        publish.setId("matching-publish");
        publish.addClickListener(click -> run(this::openPublishDialog));
        configureGrid();
        declinesPanel = new DeclinedMatchesPanel(declines, eventId, this::run);
        add(
                new EventNavigation(event, EventSection.MATCHING),
                title,
                new Paragraph(getTranslation("matching.intro")),
                controls,
                progress,
                summary,
                grid,
                publication,
                publish,
                declinesPanel);
        showProgress(jobs.status(eventId));
        refresh();
    }

    /** Publishing asks first: how many matches reach how many people, and what is not reviewed yet. */
    private void openPublishDialog() {
        List<MatchReviewService.MatchRow> publishable = reviews.matches(eventId).stream()
                .filter(r -> r.decision().isPublishable())
                .toList();
        long people = publishable.stream()
                .flatMap(r -> java.util.stream.Stream.of(
                        r.first().actorId(), r.second().actorId()))
                .distinct()
                .count();
        long unreviewed = publishable.stream()
                .filter(r -> r.decision() == MatchDecision.PROPOSED)
                .count();
        List<String> warnings =
                unreviewed == 0 ? List.of() : List.of(getTranslation("matching.publish.unreviewed", unreviewed));
        PublishDialog dialog = new PublishDialog(
                "matching-publish",
                List.of(getTranslation("matching.publish.summary", publishable.size(), people)),
                List.of(),
                warnings,
                publish,
                reason -> run(() -> {
                    reviews.publish(eventId);
                    notify(getTranslation("matching.publish.done"), false);
                }));
        add(dialog);
        dialog.open();
    }

    private void configureGrid() {
        grid.setId("matching-grid");
        // Names, organisations and reasons wrap instead of making the page scroll sideways.
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("matching.grid.label"));
        grid.addColumn(row -> person(row.first()))
                .setHeader(getTranslation("matching.column.first"))
                .setWidth("13rem")
                .setFlexGrow(1);
        grid.addColumn(row -> person(row.second()))
                .setHeader(getTranslation("matching.column.second"))
                .setWidth("13rem")
                .setFlexGrow(1);
        grid.addColumn(row -> String.format(locale(), "%.0f %%", row.match().similarity() * 100))
                .setHeader(getTranslation("matching.column.similarity"))
                .setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(row -> reasonTexts.themes(row.match().sharedThemes(), this))
                .setHeader(getTranslation("matching.column.themes"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    Div reasons = new Div();
                    row.match().reasons().forEach(r -> reasons.add(new Div(reasonTexts.text(r, this))));
                    return reasons;
                })
                .setHeader(getTranslation("matching.column.reasons"))
                .setWidth("16rem")
                .setFlexGrow(2);
        grid.addComponentColumn(row -> {
                    Span badge = new Span(getTranslation("matching.decision." + row.decision()));
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    switch (row.decision()) {
                                        case ACCEPTED -> "badge success";
                                        case REJECTED -> "badge error";
                                        case PROPOSED -> "badge contrast";
                                    });
                    return badge;
                })
                .setHeader(getTranslation("matching.column.decision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> {
                    String a = row.first().name();
                    String b = row.second().name();
                    Button accept = new Button(
                            getTranslation("matching.accept"),
                            click -> run(() -> reviews.decide(eventId, row.review(), MatchDecision.ACCEPTED)));
                    accept.getElement().setAttribute("aria-label", getTranslation("matching.accept.aria", a, b));
                    accept.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    accept.setEnabled(!matchesPublished && row.decision() != MatchDecision.ACCEPTED);
                    Button reject = new Button(
                            getTranslation("matching.reject"),
                            click -> run(() -> reviews.decide(eventId, row.review(), MatchDecision.REJECTED)));
                    reject.getElement().setAttribute("aria-label", getTranslation("matching.reject.aria", a, b));
                    reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    reject.setEnabled(!matchesPublished && row.decision() != MatchDecision.REJECTED);
                    return new HorizontalLayout(accept, reject);
                })
                .setHeader(getTranslation("matching.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
    }

    private String person(MatchReviewService.Side side) {
        String sector = getTranslation("seating.sector." + side.sector().name());
        return side.name() + (side.organisation() == null ? "" : ", " + side.organisation()) + " (" + sector + ")";
    }

    /** Reloads the matches and the publication state from the server. */
    private void refresh() {
        java.util.Optional<MatchPublication> published = reviews.publication(eventId);
        matchesPublished = published.isPresent();
        List<MatchReviewService.MatchRow> rows = reviews.matches(eventId);
        grid.setItems(rows);
        if (rows.isEmpty()) {
            summary.setText(getTranslation("matching.none"));
        } else {
            long accepted = rows.stream()
                    .filter(r -> r.decision() == MatchDecision.ACCEPTED)
                    .count();
            long rejected = rows.stream()
                    .filter(r -> r.decision() == MatchDecision.REJECTED)
                    .count();
            summary.setText(getTranslation(
                    "matching.count", rows.size(), accepted, rejected, rows.size() - accepted - rejected));
        }
        publication.setText(published
                .map(p -> getTranslation(
                        "matching.published",
                        p.publishedAt(),
                        names.nameOf(p.publishedBy(), getTranslation("person.someone")),
                        p.matchCount()))
                .orElse(getTranslation("matching.notPublished")));
        declinesPanel.setVisible(matchesPublished);
        if (matchesPublished) {
            declinesPanel.refresh();
        }
        boolean running = shownStatus.isRunning();
        publish.setEnabled(published.isEmpty() && !rows.isEmpty() && !running);
        start.setEnabled(published.isEmpty() && !running);
        perActor.setEnabled(published.isEmpty() && !running);
        stop.setEnabled(running);
    }

    private void showProgress(SolverProgress update) {
        JobStatus before = shownStatus;
        shownStatus = update.status();
        progress.show(update);
        if (before.isRunning() != update.status().isRunning()
                || !update.status().isRunning()) {
            refresh();
        }
        if (update.status() == JobStatus.FINISHED || update.status() == JobStatus.STOPPED) {
            summary.setText(summary.getText() + " "
                    + getTranslation("matching.result", update.resultCount(), update.unmatched()));
        }
    }

    /** Runs a user action; a refused action (stale edit, rule) shows its reason and changes nothing. */
    private void run(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (DomainException e) {
            notify(getTranslation("matching.error", no.fellesgrunn.web.i18n.DomainMessages.text(this, e)), true);
            refresh();
        }
    }

    private void notify(String text, boolean error) {
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private Locale locale() {
        return FellesgrunnI18NProvider.supported(getLocale());
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
        return getTranslation("matching.title") + " | " + getTranslation("app.name");
    }
}
