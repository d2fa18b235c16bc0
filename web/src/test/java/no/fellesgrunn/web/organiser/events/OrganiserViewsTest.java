package no.fellesgrunn.web.organiser.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.participants.ImportPanel;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The main flows of every organiser view, in Karibu's faked browser, as the demo organisers. */
class OrganiserViewsTest extends KaribuTest {
    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    ChallengeRepository challenges;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    private RegionalEvent bodo;
    private RegionalEvent agder;
    private UserAccount bodoOnly;

    @BeforeEach
    void demo() {
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        bodoOnly = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a ->
                        SignedIn.as(users, a.username(), organiserEvents::mine).size() == 1)
                .findFirst()
                .orElseThrow();
        loginAs(bodoOnly.username(), bodoOnly.displayName(), Role.ORGANISER);
    }

    private void open(RegionalEvent event, EventSection section) {
        UI.getCurrent().navigate(section.href(event.id()));
    }

    @Test
    void theEventsPageListsOnlyTheOrganisersEventsWithCounts() {
        UI.getCurrent().navigate("organiser");
        assertThat(_get(H1.class, spec -> spec.withId("organiser-home-title")).getText())
                .isEqualTo("Mine arrangementer");
        @SuppressWarnings("unchecked")
        Grid<EventSummary> grid = _get(Grid.class, spec -> spec.withId("events-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        EventSummary row = GridKt._get(grid, 0);
        assertThat(row.id()).isEqualTo(bodo.id());
        assertThat(row.challenges()).isEqualTo(bodo.challenges().size());
    }

    /** Issue 12: every value of the events list sits under its own heading ("Påmeldte 12", not "Plasser 12"). */
    @Test
    void eachValueOfTheEventsListSitsUnderItsOwnHeading() {
        UI.getCurrent().navigate("organiser");
        @SuppressWarnings("unchecked")
        Grid<EventSummary> grid = _get(Grid.class, spec -> spec.withId("events-grid"));
        assertThat(grid.getColumns())
                .extracting(Grid.Column::getKey)
                .containsExactly("name", "next", "date", "place", "status", "challenges", "registrations", "seats");
        EventSummary row = GridKt._get(grid, 0);
        java.util.Map<String, String> underHeading = new java.util.LinkedHashMap<>();
        underHeading.put("Utfordringer", String.valueOf(row.challenges()));
        underHeading.put("Påmeldte", String.valueOf(row.registrations()));
        underHeading.put("Plasser", String.valueOf(row.seats()));
        underHeading.put("Sted", row.place());
        underHeading.put(
                "Dato",
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(UI.getCurrent().getLocale())
                        .format(row.date()));
        underHeading.forEach((heading, value) -> {
            Grid.Column<EventSummary> column = GridKt._getColumnByHeader(grid, heading);
            assertThat(GridKt._getFormatted(grid, 0, column.getKey()))
                    .as(heading)
                    .isEqualTo(value);
        });
        assertThat(row.registrations())
                .as("the demo counts differ, so a swap would show")
                .isNotEqualTo(row.seats());
        // Numbers are right-aligned, and so are their headings (the column's alignment applies to both).
        for (String key : List.of("challenges", "registrations", "seats")) {
            assertThat(grid.getColumnByKey(key).getTextAlign())
                    .isEqualTo(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        }
        // No width in em: the width is set on every cell of the column, and an em is smaller in the
        // heading's smaller font, so the values drifted right of their headings (OrganiserViewsInBrowserTest measures
        // it).
        assertThat(grid.getColumns()).allSatisfy(c -> assertThat(c.getWidth() == null ? "" : c.getWidth())
                .as(c.getKey())
                .doesNotMatch("[0-9.]+em"));
        Anchor name = (Anchor) GridKt._getCellComponent(grid, 0, "name");
        assertThat(name.getText()).isEqualTo(row.name());
    }

    @Test
    void anotherOrganisersEventCannotBeOpenedByItsAddress() {
        for (EventSection section : List.of(
                EventSection.DETAILS, EventSection.CHALLENGES, EventSection.PARTICIPANTS, EventSection.DASHBOARD)) {
            open(agder, section);
            assertThat(_get(H1.class, spec -> spec.withId("event-denied")).getText())
                    .isEqualTo("Fant ikke arrangementet");
            assertThat(_find(Grid.class)).isEmpty();
        }
        UI.getCurrent().navigate("organiser/events/not-an-id/details");
        _get(H1.class, spec -> spec.withId("event-denied"));
    }

    @Test
    void theEditorMarksBadFieldsSavesNothingThenSavesAGoodEdit() {
        open(bodo, EventSection.DETAILS);
        TextField name = _get(TextField.class, spec -> spec.withId("editor-name"));
        assertThat(name.getValue()).isEqualTo(bodo.name());

        // A new round that overlaps round 3, and a table labelled like another: both marked, nothing saved.
        _click(_get(Button.class, spec -> spec.withId("round-add")));
        int newRound = bodo.rounds().size() + 1;
        TimePicker start = _get(TimePicker.class, spec -> spec.withId("round-start-" + newRound));
        TimePicker end = _get(TimePicker.class, spec -> spec.withId("round-end-" + newRound));
        LocalTime lastStart =
                bodo.rounds().get(bodo.rounds().size() - 1).start().toLocalTime();
        _setValue(start, lastStart);
        _setValue(end, lastStart.plusMinutes(30));
        _click(_get(Button.class, spec -> spec.withId("table-add")));
        int newTable = (int) bodo.tables().count() + 1;
        _setValue(
                _get(TextField.class, spec -> spec.withId("table-label-" + newTable)),
                bodo.tables().findFirst().orElseThrow().label());
        _setValue(name, "Regional møteplass Bodø 2027");
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("Runden starter før forrige runde er slutt.");
        TextField label = _get(TextField.class, spec -> spec.withId("table-label-" + newTable));
        assertThat(label.isInvalid()).isTrue();
        assertThat(label.getErrorMessage()).isEqualTo("Et annet bord har samme navn.");
        assertThat(events.findById(bodo.id()).orElseThrow()).isEqualTo(bodo);

        // Put the round after the last one and give the table its own name: saved, ids kept.
        LocalTime lastEnd = bodo.rounds().get(bodo.rounds().size() - 1).end().toLocalTime();
        _setValue(start, lastEnd.plusMinutes(10));
        _setValue(end, lastEnd.plusMinutes(40));
        _setValue(label, "Nytt bord");
        _setValue(_get(IntegerField.class, spec -> spec.withId("table-capacity-" + newTable)), 6);
        _setValue(_get(Checkbox.class, spec -> spec.withId("table-accessible-" + newTable)), true);
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-message")).getText())
                .isEqualTo("Lagret.");
        RegionalEvent saved = events.findById(bodo.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Regional møteplass Bodø 2027");
        assertThat(saved.rounds()).hasSize(newRound);
        assertThat(saved.rounds().subList(0, bodo.rounds().size())).isEqualTo(bodo.rounds());
        assertThat(saved.tables()
                        .filter(t -> t.label().equals("Nytt bord"))
                        .findFirst()
                        .orElseThrow()
                        .accessible())
                .isTrue();

        // Saving again keeps the new round's id (registrations point at round ids).
        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        assertThat(events.findById(bodo.id()).orElseThrow().rounds()).isEqualTo(saved.rounds());
        restore(saved);
    }

    @Test
    void whenSomeoneElseSavedFirstTheEditIsRefusedAndTheInputStays() {
        open(bodo, EventSection.DETAILS);
        if (accounts.findByUsername("kari.annen@ks.example").isEmpty()) {
            accounts.add(no.fellesgrunn.domain.account.UserAccount.create(
                    "kari.annen@ks.example",
                    "Kari Annen",
                    passwordEncoder.encode("test-password"),
                    java.util.Set.of(Role.ORGANISER)));
        }
        // Another organiser saves the event meanwhile.
        RegionalEvent theirs = events.save(
                new RegionalEvent(
                        bodo.id(),
                        bodo.name(),
                        bodo.date(),
                        new no.fellesgrunn.domain.event.Venue("Bodø bibliotek", null, "1804"),
                        bodo.counties(),
                        bodo.organisers(),
                        bodo.rounds(),
                        bodo.rooms(),
                        bodo.challenges(),
                        bodo.registrationWindow(),
                        bodo.status(),
                        bodo.version()),
                "kari.annen@ks.example");
        TextField name = _get(TextField.class, spec -> spec.withId("editor-name"));
        _setValue(name, "Mitt nye navn");
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-message")).getText())
                .startsWith("Ikke lagret: Kari Annen har endret arrangementet");
        assertThat(name.getValue()).isEqualTo("Mitt nye navn");
        assertThat(events.findById(bodo.id()).orElseThrow().venue().name()).isEqualTo("Bodø bibliotek");
        assertThat(events.findById(bodo.id()).orElseThrow().name()).isEqualTo(bodo.name());
        restore(theirs);
    }

    private void restore(RegionalEvent current) {
        RegionalEvent now = events.findById(current.id()).orElseThrow();
        bodo = events.save(
                new RegionalEvent(
                        bodo.id(),
                        bodo.name(),
                        bodo.date(),
                        bodo.venue(),
                        bodo.counties(),
                        bodo.organisers(),
                        now.rounds(),
                        now.rooms(),
                        now.challenges(),
                        bodo.registrationWindow(),
                        bodo.status(),
                        now.version()),
                "test");
    }

    @Test
    void aChallengeIsEnteredOnBehalfOfAMunicipalityAndSelected() {
        open(bodo, EventSection.CHALLENGES);
        @SuppressWarnings("unchecked")
        Grid<no.fellesgrunn.web.organiser.challenges.ChallengeRow> grid =
                _get(Grid.class, spec -> spec.withId("challenges-grid"));
        int before = GridKt._size(grid);
        assertThat(before).isGreaterThanOrEqualTo(bodo.challenges().size());

        _click(_get(Button.class, spec -> spec.withId("challenges-new")));
        _click(_get(Button.class, spec -> spec.withId("challenge-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("challenge-title")).isInvalid())
                .isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Municipality> owner = _get(ComboBox.class, spec -> spec.withId("challenge-owner"));
        assertThat(owner.isInvalid()).isTrue();

        _setValue(owner, new Municipality("1804", "Bodø"));
        _setValue(_get(TextField.class, spec -> spec.withId("challenge-title")), "Skolevei i mørketida");
        _setValue(
                _get(TextArea.class, spec -> spec.withId("challenge-description")),
                "Barn går langs mørke veier om vinteren");
        _click(_get(Button.class, spec -> spec.withId("challenge-save")));
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        var created =
                challenges.findByTitleAndOwner("Skolevei i mørketida", "1804").orElseThrow();
        assertThat(created.status()).isEqualTo(ChallengeStatus.SUBMITTED);

        // Select it for two rounds at most; more rounds than the event has is marked on the field.
        int row = -1;
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).challenge().id().equals(created.id())) {
                row = i;
            }
        }
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withText("Velg")));
        IntegerField max = _get(IntegerField.class, spec -> spec.withId("rounds-max"));
        _setValue(max, 9);
        _click(_get(Button.class, spec -> spec.withId("rounds-save")));
        assertThat(max.isInvalid()).isTrue();
        assertThat(events.findById(bodo.id()).orElseThrow().selected(created.id()))
                .isEmpty();
        _setValue(max, 2);
        _click(_get(Button.class, spec -> spec.withId("rounds-save")));
        assertThat(events.findById(bodo.id())
                        .orElseThrow()
                        .selected(created.id())
                        .orElseThrow()
                        .maxRounds())
                .isEqualTo(2);
        assertThat(challenges.findById(created.id()).orElseThrow().status()).isEqualTo(ChallengeStatus.SELECTED);

        // Taking it off asks first; "keep it" changes nothing, the confirmation takes it off.
        Component selectedActions = GridKt._getCellComponent(grid, rowOf(grid, created.id()), "actions");
        Button off = _get(selectedActions, Button.class, spec -> spec.withText("Ta av"));
        assertThat(off.getElement().getAttribute("aria-label"))
                .startsWith("Ta av")
                .contains("Skolevei i mørketida");
        _click(off);
        _click(_get(Button.class, spec -> spec.withId("deselect-cancel")));
        assertThat(events.findById(bodo.id()).orElseThrow().selected(created.id()))
                .isPresent();
        assertThat(_find(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("deselect-dialog")))
                .isEmpty();
        _click(_get(
                GridKt._getCellComponent(grid, rowOf(grid, created.id()), "actions"),
                Button.class,
                spec -> spec.withText("Ta av")));
        _click(_get(Button.class, spec -> spec.withId("deselect-confirm")));
        assertThat(events.findById(bodo.id()).orElseThrow().selected(created.id()))
                .isEmpty();
    }

    private static int rowOf(
            Grid<no.fellesgrunn.web.organiser.challenges.ChallengeRow> grid, java.util.UUID challengeId) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).challenge().id().equals(challengeId)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + challengeId);
    }

    @Test
    void theParticipantsGridIsFilteredAndARegistrationIsEditedOnBehalf() {
        open(bodo, EventSection.PARTICIPANTS);
        @SuppressWarnings("unchecked")
        Grid<ParticipantListing> grid = _get(Grid.class, spec -> spec.withId("participants-grid"));
        int all = registrations.findByEvent(bodo.id()).size();
        assertThat(GridKt._size(grid)).isEqualTo(all);
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-count"))
                        .getText())
                .isEqualTo(all + (all == 1 ? " deltaker" : " deltakere"));

        ParticipantListing someone = GridKt._get(grid, 3);
        _setValue(_get(TextField.class, spec -> spec.withId("participants-search")), someone.email());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).registrationId()).isEqualTo(someone.registrationId());

        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Endre")));
        _setValue(_get(TextArea.class, spec -> spec.withId("onbehalf-needs")), "Trenger teleslynge");
        _setValue(_get(Checkbox.class, spec -> spec.withId("onbehalf-accessible")), true);
        _click(_get(Button.class, spec -> spec.withId("onbehalf-save")));
        Registration saved = registrations.findById(someone.registrationId()).orElseThrow();
        assertThat(saved.venueNeeds()).isEqualTo("Trenger teleslynge");
        assertThat(saved.needsAccessibleTable()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-message"))
                        .getText())
                .contains(someone.name());
    }

    /**
     * Issue 12: on-behalf editing changes the whole profile of someone in the organiser's care (no
     * login, only this organiser's events): name, organisation, themes, perspectives and consents.
     * Someone with a login keeps their profile; only the registration is offered.
     */
    @Test
    void onBehalfTheOrganiserChangesTheWholeProfileOfSomeoneInTheirCare() {
        var actorRepository = context.getBean(no.fellesgrunn.domain.actor.ActorRepository.class);
        var per = actorRepository.save(
                no.fellesgrunn.domain.actor.Actor.create(
                        "Per Papir", no.fellesgrunn.domain.actor.Email.of("per.papir@bodo.example"), "1804"),
                "test");
        registrations.save(
                Registration.register(
                        bodo, per.id(), java.util.Set.of(bodo.rounds().get(0).id()), List.of(), false, null),
                "test");
        open(bodo, EventSection.PARTICIPANTS);
        @SuppressWarnings("unchecked")
        Grid<ParticipantListing> grid = _get(Grid.class, spec -> spec.withId("participants-grid"));
        _setValue(_get(TextField.class, spec -> spec.withId("participants-search")), "per.papir@bodo.example");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Endre")));

        _setValue(_get(TextField.class, spec -> spec.withId("onbehalf-name")), "Per Papirsen");
        @SuppressWarnings("unchecked")
        ComboBox<no.fellesgrunn.domain.organisation.Organisation> organisation =
                _get(ComboBox.class, spec -> spec.withId("onbehalf-organisation"));
        var chosenOrganisation =
                organisation.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(organisation, chosenOrganisation);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<no.fellesgrunn.domain.reference.Theme> themes = _get(
                com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withId("onbehalf-themes"));
        var theme = themes.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(themes, java.util.Set.of(theme));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<no.fellesgrunn.domain.actor.Perspective> perspectives = _get(
                com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("onbehalf-perspectives"));
        _setValue(perspectives, java.util.Set.of(no.fellesgrunn.domain.actor.Perspective.LIVED_EXPERIENCE));
        _setValue(_get(Checkbox.class, spec -> spec.withId("onbehalf-show-phone")), true);
        _click(_get(Button.class, spec -> spec.withId("onbehalf-save")));

        var saved = actorRepository.findById(per.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Per Papirsen");
        assertThat(saved.organisationId()).isEqualTo(chosenOrganisation.id());
        assertThat(saved.themeKeys()).containsExactly(theme.key());
        assertThat(saved.perspectives()).containsExactly(no.fellesgrunn.domain.actor.Perspective.LIVED_EXPERIENCE);
        assertThat(saved.consent()).isEqualTo(new no.fellesgrunn.domain.actor.Consent(false, true, false));
        assertThat(saved.email()).isEqualTo(per.email());
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-message"))
                        .getText())
                .contains("Per Papir");

        // An empty name is the form's to say; nothing is saved.
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Endre")));
        TextField name = _get(TextField.class, spec -> spec.withId("onbehalf-name"));
        _setValue(name, " ");
        _click(_get(Button.class, spec -> spec.withId("onbehalf-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(actorRepository.findById(per.id()).orElseThrow().name()).isEqualTo("Per Papirsen");
        _click(_get(Button.class, spec -> spec.withId("onbehalf-cancel")));

        // Someone with a login of their own: only the registration.
        var withLogin = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> actorRepository.findById(r.actorId()).orElseThrow().userAccountId() != null)
                .findFirst()
                .orElseThrow();
        _setValue(
                _get(TextField.class, spec -> spec.withId("participants-search")),
                actorRepository
                        .findById(withLogin.actorId())
                        .orElseThrow()
                        .email()
                        .value());
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), Button.class, spec -> spec.withText("Endre")));
        assertThat(_find(TextField.class, spec -> spec.withId("onbehalf-name"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("onbehalf-profile-own"))
                        .getText())
                .contains("egen innlogging");
        _click(_get(Button.class, spec -> spec.withId("onbehalf-cancel")));
    }

    @Test
    void aBadParticipantsFileIsCheckedInTheBackgroundAndItsRowsListed() throws Exception {
        open(bodo, EventSection.PARTICIPANTS);
        int before = registrations.findByEvent(bodo.id()).size();
        ImportPanel panel = _get(ImportPanel.class);
        String csv = "name,email,municipality\nKari Ny,kari.ny2@example.no,1804\nOla Feil,ikke-en-epost,9999\n";
        panel.receive("deltakere.csv", csv.getBytes(StandardCharsets.UTF_8));
        panel.running().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-import-status"))
                        .getText())
                .startsWith("Filen har 2 feil. Ingenting er importert");
        @SuppressWarnings("unchecked")
        Grid<no.fellesgrunn.infra.spreadsheet.ImportError> errors =
                _get(Grid.class, spec -> spec.withId("participants-import-errors"));
        assertThat(GridKt._size(errors)).isEqualTo(2);
        assertThat(GridKt._get(errors, 0).row()).isEqualTo(3);
        // The reasons read in the reader's language (bokmål here), the column by its name and its header.
        assertThat(GridKt._getFormattedRow(errors, 1))
                .containsExactly(
                        "3",
                        "Kommune (municipality)",
                        "9999",
                        "Ingen kommune har nummeret 9999. Bruk kommunenummeret med fire siffer eller navnet, for eksempel 1804 eller Bodø.");
        assertThat(GridKt._getFormattedRow(errors, 0)).contains("E-post (email)", "Ikke en e-postadresse.");
        assertThat(registrations.findByEvent(bodo.id())).hasSize(before);

        // A good file: previewed first, imported on confirmation.
        panel.receive(
                "deltakere.csv",
                "name,email,municipality\nKari Ny,kari.ny2@example.no,1804\n".getBytes(StandardCharsets.UTF_8));
        panel.running().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        assertThat(registrations.findByEvent(bodo.id())).hasSize(before);
        _click(_get(Button.class, spec -> spec.withId("participants-import-confirm")));
        panel.running().get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-import-status"))
                        .getText())
                .startsWith("Importert");
        assertThat(registrations.findByEvent(bodo.id())).hasSize(before + 1);
    }

    @Test
    void invitationLinksAreShownOnceForEveryoneWithoutAnAccount() throws Exception {
        open(bodo, EventSection.PARTICIPANTS);
        _click(_get(Button.class, spec -> spec.withId("participants-invite-all")));
        // Made in the background, with a progress bar meanwhile.
        assertThat(_get(
                                com.vaadin.flow.component.progressbar.ProgressBar.class,
                                spec -> spec.withId("participants-invite-progress"))
                        .isVisible())
                .isTrue();
        _get(no.fellesgrunn.web.organiser.participants.ParticipantsView.class)
                .invitingAll()
                .get(60, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        assertThat(_find(
                        com.vaadin.flow.component.progressbar.ProgressBar.class,
                        spec -> spec.withId("participants-invite-progress")))
                .isEmpty();
        String links =
                _get(TextArea.class, spec -> spec.withId("invitations-list")).getValue();
        assertThat(links.lines().count()).isPositive();
        assertThat(links.lines()).allMatch(l -> l.matches(".+ <.+@.+>: .*invitation/[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theDashboardDrawsEachChartWithACaptionAndADataTable() {
        open(bodo, EventSection.DASHBOARD);
        List<Svg> charts = _find(Svg.class);
        assertThat(charts).hasSize(3); // no seating plan yet: wish satisfaction says so in text
        NativeTable sectors = _get(NativeTable.class, spec -> spec.withId("chart-sector-mix-table"));
        assertThat(sectors.getCaptionText()).isEqualTo("Tallene bak «Sektorfordeling»");
        int sum = sectors.getBody().getRows().stream()
                .mapToInt(r -> Integer.parseInt(r.getDataCells().get(0).getText()))
                .sum();
        long taking = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .count();
        assertThat(sum).isEqualTo((int) taking);
        assertThat(charts.get(0).getElement().getProperty("innerHTML", "")
                        + charts.get(0).getElement().toString())
                .contains("role=\"img\"");
        _get(NativeTable.class, spec -> spec.withId("chart-challenge-coverage-table"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("dashboard-participants"))
                        .getText())
                .contains(Long.toString(taking));
    }

    @Test
    void aRunningCheckShowsProgressAndCanBeStopped() throws Exception {
        open(bodo, EventSection.PARTICIPANTS);
        ImportPanel panel = _get(ImportPanel.class);
        panel.receive(
                "deltakere.csv",
                "name,email,municipality\nKari Stopp,kari.stopp@example.no,1804\n".getBytes(StandardCharsets.UTF_8));
        assertThat(_get(
                                com.vaadin.flow.component.progressbar.ProgressBar.class,
                                spec -> spec.withId("participants-import-progress"))
                        .isVisible())
                .isTrue();
        Button stop = _get(Button.class, spec -> spec.withId("participants-import-stop"));
        _click(stop);
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-import-status"))
                        .getText())
                .isEqualTo("Kontrollen er stoppet. Ingenting er endret.");
        // The stopped check's outcome is ignored: no import button comes back.
        assertThat(panel.running()).isCompletedExceptionally();
        Thread.sleep(2000);
        MockVaadin.runUIQueue();
        assertThat(_find(Button.class, spec -> spec.withId("participants-import-confirm")))
                .as("visible import buttons")
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("participants-import-status"))
                        .getText())
                .isEqualTo("Kontrollen er stoppet. Ingenting er endret.");
    }

    @Test
    void movingFromOneEventToAnotherOnTheSamePageShowsTheOtherEvent() {
        UserAccount both = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a ->
                        SignedIn.as(users, a.username(), organiserEvents::mine).size() == 2)
                .findFirst()
                .orElseThrow();
        loginAs(both.username(), both.displayName(), Role.ORGANISER);
        open(bodo, EventSection.PARTICIPANTS);
        @SuppressWarnings("unchecked")
        Grid<ParticipantListing> grid = _get(Grid.class, spec -> spec.withId("participants-grid"));
        int columns = grid.getColumns().size();
        assertThat(GridKt._size(grid))
                .isEqualTo(registrations.findByEvent(bodo.id()).size());

        open(agder, EventSection.PARTICIPANTS);
        @SuppressWarnings("unchecked")
        Grid<ParticipantListing> again = _get(Grid.class, spec -> spec.withId("participants-grid"));
        assertThat(GridKt._size(again))
                .isEqualTo(registrations.findByEvent(agder.id()).size());
        assertThat(again.getColumns()).hasSize(columns);

        open(agder, EventSection.DETAILS);
        assertThat(_get(TextField.class, spec -> spec.withId("editor-name")).getValue())
                .isEqualTo(agder.name());
        open(bodo, EventSection.DETAILS);
        assertThat(_get(TextField.class, spec -> spec.withId("editor-name")).getValue())
                .isEqualTo(bodo.name());
        assertThat(_find(TimePicker.class)).hasSize(2 * bodo.rounds().size());
        assertThat(_find(Button.class, spec -> spec.withId("editor-save"))).hasSize(1);
    }

    @Test
    void aCoOrganiserIsFoundByNameAndAddedToTheEvent() {
        open(bodo, EventSection.DETAILS);
        var candidate = registrations.findByEvent(bodo.id()).get(0).actorId();
        var actor = context.getBean(no.fellesgrunn.domain.actor.ActorRepository.class)
                .findById(candidate)
                .orElseThrow();
        @SuppressWarnings("unchecked")
        ComboBox<no.fellesgrunn.domain.actor.Actor> search =
                _get(ComboBox.class, spec -> spec.withId("organiser-search"));
        // The search goes through the service, by part of the name.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(
                search, actor.name().toUpperCase());
        List<no.fellesgrunn.domain.actor.Actor> found =
                com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(search);
        assertThat(found).extracting(no.fellesgrunn.domain.actor.Actor::id).contains(actor.id());
        assertThat(found)
                .allMatch(a -> a.name().equalsIgnoreCase(actor.name())
                        || a.name().toUpperCase().contains(actor.name().toUpperCase()));
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));
        assertThat(search.isInvalid()).as("nobody picked").isTrue();

        _setValue(search, actor);
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));
        _click(_get(Button.class, spec -> spec.withId("editor-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-message")).getText())
                .isEqualTo("Lagret.");
        RegionalEvent saved = events.findById(bodo.id()).orElseThrow();
        assertThat(saved.organisers()).contains(actor.id()).containsAll(bodo.organisers());
        events.save(saved.withOrganisers(bodo.organisers()), "test");
    }

    @Test
    void thePagesSpeakEnglishWhenTheOrganiserChoosesIt() {
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open(bodo, EventSection.DASHBOARD);
        assertThat(_get(NativeTable.class, spec -> spec.withId("chart-sector-mix-table"))
                        .getCaptionText())
                .isEqualTo("The figures behind “Sector mix”");
        open(bodo, EventSection.DETAILS);
        assertThat(_get(TextField.class, spec -> spec.withId("editor-name")).getLabel())
                .isEqualTo("Name of the event");
        open(agder, EventSection.PARTICIPANTS);
        assertThat(_get(H1.class, spec -> spec.withId("event-denied")).getText())
                .isEqualTo("Event not found");
    }

    @Test
    void manyTablesAreAddedInOneStepLikeTheLastOne() {
        UserAccount both = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a ->
                        SignedIn.as(users, a.username(), organiserEvents::mine).size() == 2)
                .findFirst()
                .orElseThrow();
        loginAs(both.username(), both.displayName(), Role.ORGANISER);
        open(agder, EventSection.DETAILS);
        int before = (int) agder.tables().count();
        _setValue(_get(IntegerField.class, spec -> spec.withId("table-add-count")), 0);
        _click(_get(Button.class, spec -> spec.withId("table-add-many")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("table-add-count"))
                        .isInvalid())
                .isTrue();
        assertThat(_find(TextField.class, spec -> spec.withId("table-label-" + (before + 1))))
                .isEmpty();

        _setValue(_get(IntegerField.class, spec -> spec.withId("table-add-count")), 38);
        _click(_get(Button.class, spec -> spec.withId("table-add-many")));
        _click(_get(Button.class, spec -> spec.withId("editor-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("editor-message")).getText())
                .isEqualTo("Lagret.");
        RegionalEvent saved = events.findById(agder.id()).orElseThrow();
        List<no.fellesgrunn.domain.event.RoundTable> tables = saved.tables().toList();
        assertThat(tables).hasSize(before + 38);
        assertThat(tables.stream()
                        .map(no.fellesgrunn.domain.event.RoundTable::label)
                        .distinct()
                        .count())
                .isEqualTo(before + 38L);
        var last = agder.tables().reduce((a, b) -> b).orElseThrow();
        assertThat(tables.subList(before, before + 38)).allSatisfy(t -> {
            assertThat(t.capacity()).isEqualTo(last.capacity());
            assertThat(t.accessible()).isEqualTo(last.accessible());
        });
    }
}
