package no.fellesgrunn.web.organiser.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.matching.MatchingView;
import no.fellesgrunn.web.organiser.outputs.OutputsView;
import no.fellesgrunn.web.solver.JobStatus;
import no.fellesgrunn.web.solver.MatchingJobs;
import no.fellesgrunn.web.solver.SchedulingJobs;
import no.fellesgrunn.web.solver.SolverProgress;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The matching, seating and outputs pages in a faked browser, on the demo data, as the Bodø organiser. */
@TestPropertySource(
        properties = {"fellesgrunn.solver.matching-time-limit=2s", "fellesgrunn.solver.scheduling-time-limit=2s"})
class OrganiserSolvingViewsTest extends KaribuTest {
    @Autowired
    RegionalEventRepository events;

    @Autowired
    PlanRepository plans;

    @Autowired
    MatchingJobs matchingJobs;

    @Autowired
    SchedulingJobs schedulingJobs;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    private RegionalEvent bodo;
    private RegionalEvent agder;

    @BeforeEach
    void signIn() {
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        String bodoOnly =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();
        loginAs(bodoOnly, "Organiser", Role.ORGANISER);
    }

    /** Lets the solver's UI.access updates reach the page until the job has ended. */
    private SolverProgress awaitEnd(Supplier<SolverProgress> status) {
        SolverProgress end = SolvingTestSupport.awaitEnd(() -> {
            MockVaadin.clientRoundtrip();
            return status.get();
        });
        MockVaadin.clientRoundtrip();
        return end;
    }

    @Test
    void theOrganiserRunsMatchingSeesProgressAndMatchesAcceptsOneAndPublishes() {
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/matching");
        assertThat(_get(Span.class, spec -> spec.withId("matching-status")).getText())
                .isEqualTo("Ikke kjørt ennå.");
        assertThat(matchingJobs.listenerCount(bodo.id())).isEqualTo(1);

        _click(_get(Button.class, spec -> spec.withId("matching-start")));
        assertThat(_get(Button.class, spec -> spec.withId("matching-stop")).isEnabled())
                .isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("matching-start")).isEnabled())
                .isFalse();
        SolverProgress end = awaitEnd(() -> matchingJobs.status(bodo.id()));
        assertThat(end.status()).isEqualTo(JobStatus.FINISHED);

        assertThat(_get(Span.class, spec -> spec.withId("matching-status")).getText())
                .startsWith("Ferdig etter");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("matching-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(end.resultCount()).isPositive();
        assertThat(_get(Paragraph.class, spec -> spec.withId("matching-summary"))
                        .getText())
                .startsWith(end.resultCount() + " matcher: 0 godtatt, 0 avvist");

        var actions = GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Godta")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("matching-summary"))
                        .getText())
                .startsWith(end.resultCount() + " matcher: 1 godtatt, 0 avvist");

        _click(_get(Button.class, spec -> spec.withId("matching-publish")));
        // The confirmation says how many matches reach how many people; cancelling publishes nothing.
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("matching-publish-dialog"))
                        .getElement()
                        .getTextRecursively())
                .contains("blir synlig for")
                .contains("personer");
        _click(_get(Button.class, spec -> spec.withId("matching-publish-cancel")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("matching-publication"))
                        .getText())
                .doesNotStartWith("Publisert");
        _click(_get(Button.class, spec -> spec.withId("matching-publish")));
        _click(_get(Button.class, spec -> spec.withId("matching-publish-confirm")));
        // Published when and by whom: Oslo time and the organiser's name, not a UTC timestamp or an e-mail address.
        String publication = _get(Paragraph.class, spec -> spec.withId("matching-publication"))
                .getText();
        String organiserName = accounts.findByUsername(SolvingTestSupport.organisers(accounts, users, organiserEvents)
                        .bodoOnly())
                .orElseThrow()
                .displayName();
        assertThat(publication)
                .startsWith("Publisert ")
                .contains(" kl. ")
                .contains(" av " + organiserName + ": ")
                .doesNotContain("@")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        assertThat(_get(Button.class, spec -> spec.withId("matching-start")).isEnabled())
                .isFalse();
        // Published matches are final: their accept and reject buttons are off.
        var publishedActions = GridKt._getCellComponent(grid, 0, "actions");
        assertThat(_find(publishedActions, Button.class)).isNotEmpty().noneMatch(Button::isEnabled);

        // Leaving the page unsubscribes it from the job.
        UI.getCurrent().navigate("organiser");
        assertThat(matchingJobs.listenerCount(bodo.id())).isZero();
    }

    @Test
    void theOrganiserSchedulesMovesPinsSolvesAgainPublishesAndCompares() {
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/seating");
        assertThat(_get(Paragraph.class, spec -> spec.withId("seating-plan")).getText())
                .isEqualTo("Ingen bordplassering ennå.");
        _click(_get(Button.class, spec -> spec.withId("seating-solve")));
        assertThat(awaitEnd(() -> schedulingJobs.status(bodo.id())).status()).isEqualTo(JobStatus.FINISHED);

        assertThat(_get(Paragraph.class, spec -> spec.withId("seating-plan")).getText())
                .startsWith("Utkast versjon 1");
        assertThat(_find(Div.class, spec -> spec.withClasses("table-card"))).hasSize(12);
        Div firstCard = _find(Div.class, spec -> spec.withClasses("table-card")).get(0);
        assertThat(firstCard.getElement().getTextRecursively())
                .contains("Utfordring: ")
                .contains("Sektor: ")
                .contains("Perspektiv: ");
        // Warnings name people and organisations, never ids.
        List<String> warnings = _find(Span.class).stream()
                .map(Span::getText)
                .filter(t -> t.startsWith("Advarsel:"))
                .toList();
        assertThat(warnings).noneMatch(w -> w.matches(".*[0-9a-f]{8}-[0-9a-f]{4}-.*"));
        // A change on the day names a person first: the form says so, and nothing changes.
        _click(_get(Button.class, spec -> spec.withId("change-cancelled")));
        ComboBox<?> changePerson = _get(ComboBox.class, spec -> spec.withId("change-person"));
        assertThat(changePerson.isInvalid()).isTrue();
        assertThat(changePerson.getErrorMessage()).isEqualTo("Velg en person.");
        assertThat(plans.findByEvent(bodo.id())).hasSize(1);

        // Move someone with the dialog, to the second table of round 1.
        PlanVersion before = plans.findByEvent(bodo.id()).get(0);
        List<Button> moveButtons = _find(Button.class, spec -> spec.withClasses("move-button"));
        _click(moveButtons.get(moveButtons.size() - 1));
        @SuppressWarnings("unchecked")
        ComboBox<RoundTable> table = _get(ComboBox.class, spec -> spec.withId("move-table"));
        RoundTable target = bodo.tables().toList().get(1);
        // The table list says which tables are accessible; choosing a table that is not, for
        // someone who needs one, is said beside the field before saving.
        for (RoundTable any : bodo.tables().toList()) {
            assertThat(table.getItemLabelGenerator().apply(any).endsWith(", tilgjengelig"))
                    .isEqualTo(any.accessible());
        }
        @SuppressWarnings("unchecked")
        ComboBox<no.fellesgrunn.web.organiser.seating.SeatingBoard.Person> who =
                _get(ComboBox.class, spec -> spec.withId("move-person"));
        var needing = who.getListDataView()
                .getItems()
                .filter(no.fellesgrunn.web.organiser.seating.SeatingBoard.Person::needsAccessibleTable)
                .findFirst();
        var person = who.getValue();
        assertThat(needing).as("the demo has wheelchair users").isPresent();
        _setValue(who, needing.get());
        _setValue(table, bodo.tables().filter(t -> !t.accessible()).findFirst().orElseThrow());
        assertThat(table.getHelperText())
                .isEqualTo(
                        needing.get().name() + " trenger et tilgjengelig bord, og dette bordet er ikke tilgjengelig.");
        _setValue(who, person);
        _setValue(table, target);
        _click(_get(Button.class, spec -> spec.withId("move-save")));
        PlanVersion moved = plans.findById(before.id()).orElseThrow();
        assertThat(moved.version()).isEqualTo(before.version() + 1);
        List<Seat> pinned = moved.seats().stream().filter(Seat::pinned).toList();
        assertThat(pinned).singleElement().satisfies(seat -> {
            assertThat(seat.tableId()).isEqualTo(target.id());
            assertThat(seat.roundId()).isEqualTo(bodo.rounds().get(0).id());
        });
        assertThat(_find(Span.class, spec -> spec.withText("Låst"))).hasSize(1);

        // Pin another seat with its button.
        Button pin = _find(Button.class, spec -> spec.withClasses("pin-button").withText("Lås"))
                .get(0);
        _click(pin);
        assertThat(plans.findById(before.id()).orElseThrow().seats().stream().filter(Seat::pinned))
                .hasSize(2);

        // Solve again keeping the pins; then publish.
        _click(_get(Button.class, spec -> spec.withId("seating-solve")));
        assertThat(awaitEnd(() -> schedulingJobs.status(bodo.id())).status()).isEqualTo(JobStatus.FINISHED);
        PlanVersion second = plans.findByEvent(bodo.id()).get(1);
        assertThat(second.seats()).contains(pinned.get(0));
        _click(_get(Button.class, spec -> spec.withId("seating-publish")));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("seating-publish-dialog"));
        assertThat(dialog.getElement().getTextRecursively()).contains("Versjon 2 blir planen deltakerne ser");
        var reason = _find(
                com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("seating-publish-reason"));
        if (!reason.isEmpty()) {
            // A broken hard rule: the plan is published only with a reason.
            assertThat(_get(Button.class, spec -> spec.withId("seating-publish-confirm"))
                            .isEnabled())
                    .isFalse();
            _setValue(reason.get(0), "Testen publiserer likevel");
        }
        _click(_get(Button.class, spec -> spec.withId("seating-publish-confirm")));
        assertThat(plans.findPublished(bodo.id()).orElseThrow().id()).isEqualTo(second.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("seating-plan")).getText())
                .startsWith("Publisert versjon 2 av ")
                .contains(" kl. ")
                .doesNotContain("@");

        // An edit after publishing makes a new draft; the comparison names who must be told.
        List<Button> moves = _find(Button.class, spec -> spec.withClasses("move-button"));
        _click(moves.get(0));
        _setValue(
                _get(ComboBox.class, spec -> spec.withId("move-table")),
                bodo.tables().toList().get(5));
        _click(_get(Button.class, spec -> spec.withId("move-save")));
        assertThat(plans.findByEvent(bodo.id())).hasSize(3);
        assertThat(plans.findByEvent(bodo.id()).get(2).status()).isEqualTo(PlanStatus.DRAFT);
        _get(Details.class, spec -> spec.withId("seating-compare")).setOpened(true);
        assertThat(_get(Paragraph.class, spec -> spec.withId("seating-compare-summary"))
                        .getText())
                .startsWith("Utkast 3 mot publisert versjon 2: 1 person må få beskjed.");

        // The outputs page offers the four downloads of the published version.
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/outputs");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outputs-source")).getText())
                .isEqualTo("Laget fra publisert versjon 2.");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-table-cards")))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-schedules")))
                .hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-csv"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("download-xlsx"))).hasSize(1);
    }

    private static void expectNotFound(Runnable action) {
        try {
            action.run();
        } catch (AssertionError | RuntimeException notFound) {
            assertThat(notFound).hasStackTraceContaining("NotFoundException");
        }
    }

    @Test
    void anotherOrganisersEventIsNotFoundOnAnyOfThePages() {
        // The same "not found" for an event of someone else and for an id that does not exist, so
        // ids cannot be probed (Karibu's not-found page throws where a browser shows the page).
        for (String page : List.of("matching", "seating", "outputs")) {
            for (UUID id : List.of(agder.id(), UUID.randomUUID())) {
                String location = "organiser/events/" + id + "/" + page;
                // Karibu reports the not-found page as an error, now or on the next call into the UI.
                expectNotFound(() -> UI.getCurrent().navigate(location));
                expectNotFound(() -> assertThat(_find(MatchingView.class)).isEmpty());
                expectNotFound(() -> assertThat(_find(SeatingView.class)).isEmpty());
                expectNotFound(() -> assertThat(_find(OutputsView.class)).isEmpty());
            }
        }
        assertThat(plans.findByEvent(agder.id())).isEmpty();
        assertThat(matchingJobs.listenerCount(agder.id())).isZero();
    }
}
