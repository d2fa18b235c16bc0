package no.fellesgrunn.web.organiser.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.StaleEditException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.invitation.Invitation;
import no.fellesgrunn.domain.invitation.InvitationRepository;
import no.fellesgrunn.domain.invitation.InvitationToken;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.spreadsheet.ImportReport;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.challenges.ChallengeDraft;
import no.fellesgrunn.web.organiser.challenges.ChallengeFilter;
import no.fellesgrunn.web.organiser.challenges.ChallengeIntake;
import no.fellesgrunn.web.organiser.dashboard.EventDashboard;
import no.fellesgrunn.web.organiser.editor.EventEditing;
import no.fellesgrunn.web.organiser.participants.Invitations;
import no.fellesgrunn.web.organiser.participants.IssuedInvitation;
import no.fellesgrunn.web.organiser.participants.ParticipantAdministration;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The organiser workspace's services on the demo data: the forbidden cases (another organiser's
 * event by id, a participant calling organiser services) tried directly, and what the services do.
 */
class OrganiserServicesTest extends WebIntegrationTest {
    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    ChallengeRepository challenges;

    @Autowired
    ActorRepository actors;

    @Autowired
    InvitationRepository invitationRepository;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    EventOverview overview;

    @Autowired
    EventEditing editing;

    @Autowired
    ChallengeIntake intake;

    @Autowired
    ParticipantAdministration administration;

    @Autowired
    Invitations invitations;

    @Autowired
    EventDashboard dashboard;

    @Autowired
    no.fellesgrunn.infra.participant.JdbcParticipantDeparture departure;

    @Autowired
    no.fellesgrunn.web.invitation.InvitationTokens invitationTokens;

    private RegionalEvent bodo;
    private RegionalEvent agder;
    private String bodoOnly;
    private String both;
    private String participant;

    @BeforeEach
    void demo() {
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        for (UserAccount organiser : accounts.findByRole(Role.ORGANISER)) {
            int count = as(organiser.username(), organiserEvents::mine).size();
            if (count == 1) {
                bodoOnly = organiser.username();
            } else if (count == 2) {
                both = organiser.username();
            }
        }
        participant = accounts.findByRole(Role.PARTICIPANT).get(0).username();
    }

    private <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(users, username, action);
    }

    /** Every service method, called for an event: each must refuse someone who does not organise it. */
    private List<Supplier<?>> everyCallFor(UUID eventId, Registration someRegistration) {
        List<Supplier<?>> calls = new ArrayList<>();
        calls.add(() -> editing.load(eventId));
        calls.add(() -> editing.save(eventId, agder));
        calls.add(() -> editing.findActors(eventId, "an", 5));
        calls.add(() -> editing.organisers(eventId));
        calls.add(() -> intake.challenges(eventId, ChallengeFilter.ANY));
        calls.add(() -> intake.ownerChoices(eventId));
        calls.add(() -> intake.submit(eventId, new ChallengeDraft("4204", "Sneaky", null, Set.of(), Set.of(), null)));
        calls.add(() -> intake.select(eventId, 1, UUID.randomUUID(), 1, 1));
        calls.add(() -> intake.setRounds(eventId, 1, UUID.randomUUID(), 1, 1));
        calls.add(() -> intake.deselect(eventId, 1, UUID.randomUUID()));
        calls.add(() -> intake.preview(eventId, "c.csv", "title\n".getBytes(StandardCharsets.UTF_8)));
        calls.add(() -> intake.importFile(eventId, "c.csv", "title\n".getBytes(StandardCharsets.UTF_8)));
        calls.add(() -> administration.count(eventId, ParticipantFilter.ANY));
        calls.add(() -> administration.page(eventId, ParticipantFilter.ANY, 0, 10));
        calls.add(() -> administration.export(eventId, SpreadsheetFormat.CSV));
        calls.add(() -> administration.exportFileName(eventId, SpreadsheetFormat.CSV));
        calls.add(() -> administration.preview(eventId, "a.csv", "name\n".getBytes(StandardCharsets.UTF_8)));
        calls.add(() -> administration.importFile(eventId, "a.csv", "name\n".getBytes(StandardCharsets.UTF_8)));
        calls.add(() -> administration.registration(eventId, someRegistration.id()));
        calls.add(() -> administration.saveOnBehalf(eventId, someRegistration));
        calls.add(() -> invitations.invite(eventId, someRegistration.actorId()));
        calls.add(() -> invitations.inviteAllWithoutAccount(eventId));
        calls.add(() -> dashboard.figures(eventId));
        return calls;
    }

    @Test
    void anOrganiserCannotReachAnotherOrganisersEventThroughAnyService() {
        Registration agderRegistration = registrations.findByEvent(agder.id()).get(0);
        long invitationsBefore = invitationRepository.findByEvent(agder.id()).size();
        List<Supplier<?>> calls = everyCallFor(agder.id(), agderRegistration);
        for (int i = 0; i < calls.size(); i++) {
            Supplier<?> call = calls.get(i);
            assertThatThrownBy(() -> as(bodoOnly, call)).as("call " + i).isInstanceOf(AccessDeniedException.class);
        }
        // Nothing was written on the way.
        assertThat(events.findById(agder.id()).orElseThrow()).isEqualTo(agder);
        assertThat(invitationRepository.findByEvent(agder.id())).hasSize((int) invitationsBefore);
        assertThat(challenges.findByTitleAndOwner("Sneaky", "4204")).isEmpty();
    }

    @Test
    void aParticipantAndAnAdminCannotCallOrganiserServicesEvenForTheirOwnEvent() {
        Registration bodoRegistration = registrations.findByEvent(bodo.id()).get(0);
        String admin = accounts.findByRole(Role.ADMIN).get(0).username();
        for (String someone : List.of(participant, admin)) {
            List<Supplier<?>> calls = new ArrayList<>(everyCallFor(bodo.id(), bodoRegistration));
            calls.add(overview::mine);
            for (int i = 0; i < calls.size(); i++) {
                Supplier<?> call = calls.get(i);
                assertThatThrownBy(() -> as(someone, call))
                        .as(someone + " call " + i)
                        .isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Test
    void anotherEventsRegistrationCannotBeEditedThroughOnesOwnEvent() {
        Registration agderRegistration = registrations.findByEvent(agder.id()).get(0);
        assertThatThrownBy(() -> as(bodoOnly, () -> administration.registration(bodo.id(), agderRegistration.id())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not one of the event's");
        Registration changed = new Registration(
                agderRegistration.id(),
                agderRegistration.eventId(),
                agderRegistration.actorId(),
                Set.of(),
                List.of(),
                true,
                "sneaky",
                agderRegistration.status(),
                agderRegistration.version());
        assertThatThrownBy(() -> as(bodoOnly, () -> administration.saveOnBehalf(bodo.id(), changed)))
                .isInstanceOf(DomainException.class);
        assertThat(registrations.findById(agderRegistration.id()).orElseThrow()).isEqualTo(agderRegistration);
        // Nor invited through it.
        assertThatThrownBy(() -> as(bodoOnly, () -> invitations.invite(bodo.id(), agderRegistration.actorId())))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theEventListShowsCountsAndTheNextStep() {
        List<EventSummary> mine = as(both, overview::mine);
        assertThat(mine)
                .extracting(EventSummary::name)
                .containsExactly(DemoDataGenerator.BODO_EVENT, DemoDataGenerator.AGDER_EVENT);
        EventSummary b = mine.get(0);
        long taking = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .count();
        assertThat(b.registrations()).isEqualTo((int) taking);
        assertThat(b.challenges()).isEqualTo(bodo.challenges().size()).isPositive();
        assertThat(b.seats())
                .isEqualTo(bodo.tables().mapToInt(t -> t.capacity()).sum());
        assertThat(b.nextStep()).isEqualTo(taking > b.seats() ? "events.next.seats" : "events.next.schedule");
        assertThat(mine.get(1).nextStep()).isEqualTo("events.next.open");
    }

    @Test
    void theNextStepFollowsThePlanFromDraftToPublishedToTheDayAfter() {
        java.time.LocalDate before = bodo.date().minusDays(3);
        var some = Optional.of(no.fellesgrunn.domain.plan.PlanStatus.DRAFT);
        assertThat(EventOverview.nextStep(bodo, 10, 100, Optional.empty(), before))
                .isEqualTo("events.next.schedule");
        assertThat(EventOverview.nextStep(bodo, 101, 100, Optional.empty(), before))
                .isEqualTo("events.next.seats");
        assertThat(EventOverview.nextStep(bodo, 10, 100, some, before)).isEqualTo("events.next.publish");
        // Published, whatever status the event was left in: the next thing is the day itself.
        assertThat(EventOverview.nextStep(
                        bodo, 10, 100, Optional.of(no.fellesgrunn.domain.plan.PlanStatus.PUBLISHED), before))
                .isEqualTo("events.next.hold");
        assertThat(EventOverview.nextStep(
                        bodo,
                        10,
                        100,
                        Optional.of(no.fellesgrunn.domain.plan.PlanStatus.PUBLISHED),
                        bodo.date().plusDays(1)))
                .isEqualTo("events.next.followup");
        assertThat(EventOverview.nextStep(bodo, 10, 0, Optional.empty(), before))
                .isEqualTo("events.next.tables");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        RegionalEvent first = as(both, () -> editing.load(agder.id()));
        RegionalEvent second = as(bodoOnly.equals(both) ? both : both, () -> editing.load(agder.id()));
        RegionalEvent renamed = new RegionalEvent(
                first.id(),
                "Agder, first edit",
                first.date(),
                first.venue(),
                first.counties(),
                first.organisers(),
                first.rounds(),
                first.rooms(),
                first.challenges(),
                first.registrationWindow(),
                first.status(),
                first.version());
        as(both, () -> editing.save(agder.id(), renamed));
        RegionalEvent late = new RegionalEvent(
                second.id(),
                "Agder, second edit",
                second.date(),
                second.venue(),
                second.counties(),
                second.organisers(),
                second.rounds(),
                second.rooms(),
                second.challenges(),
                second.registrationWindow(),
                second.status(),
                second.version());
        assertThatThrownBy(() -> as(both, () -> editing.save(agder.id(), late))).isInstanceOf(StaleEditException.class);
        assertThat(events.findById(agder.id()).orElseThrow().name()).isEqualTo("Agder, first edit");
        // Put the name back for the other tests.
        RegionalEvent now = events.findById(agder.id()).orElseThrow();
        as(
                both,
                () -> editing.save(
                        agder.id(),
                        new RegionalEvent(
                                now.id(),
                                agder.name(),
                                now.date(),
                                now.venue(),
                                now.counties(),
                                now.organisers(),
                                now.rounds(),
                                now.rooms(),
                                now.challenges(),
                                now.registrationWindow(),
                                now.status(),
                                now.version())));
    }

    @Test
    void anOrganiserCannotRemoveThemselvesNorAddAnUnknownOrganiser() {
        RegionalEvent e = as(bodoOnly, () -> editing.load(bodo.id()));
        Actor me = as(bodoOnly, () -> organiserEvents.me().orElseThrow());
        Set<UUID> withoutMe = new HashSet<>(e.organisers());
        withoutMe.remove(me.id());
        assertThatThrownBy(() -> as(bodoOnly, () -> editing.save(bodo.id(), e.withOrganisers(withoutMe))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("yourself");
        Set<UUID> withStranger = new HashSet<>(e.organisers());
        withStranger.add(UUID.randomUUID());
        assertThatThrownBy(() -> as(bodoOnly, () -> editing.save(bodo.id(), e.withOrganisers(withStranger))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not a known actor");
        assertThat(events.findById(bodo.id()).orElseThrow().version()).isEqualTo(e.version());
    }

    @Test
    void aChallengeEnteredOnBehalfIsSubmittedThenSelectedWithItsRoundsAndTakenOffAgain() {
        Challenge submitted = as(
                bodoOnly,
                () -> intake.submit(
                        bodo.id(),
                        new ChallengeDraft(
                                "1804",
                                "Flere unge i frivilligheten",
                                "Unge melder seg ikke til frivillig arbeid",
                                Set.of(),
                                Set.of(Perspective.LIVED_EXPERIENCE),
                                null)));
        assertThat(submitted.status()).isEqualTo(ChallengeStatus.SUBMITTED);
        assertThat(submitted.history()).hasSize(1);
        assertThat(as(
                        bodoOnly,
                        () -> intake.challenges(bodo.id(), new ChallengeFilter(null, "18", ChallengeStatus.SUBMITTED))))
                .extracting(r -> r.challenge().id())
                .contains(submitted.id());
        assertThat(as(bodoOnly, () -> intake.challenges(bodo.id(), new ChallengeFilter(null, "42", null))))
                .isEmpty();

        // A municipality outside the event's counties is refused, and a title twice for the same owner.
        assertThatThrownBy(() -> as(
                        bodoOnly,
                        () -> intake.submit(
                                bodo.id(), new ChallengeDraft("4204", "Utenfor", null, Set.of(), Set.of(), null))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> as(
                        bodoOnly,
                        () -> intake.submit(
                                bodo.id(),
                                new ChallengeDraft(
                                        "1804", "flere unge i frivilligheten", null, Set.of(), Set.of(), null))))
                .isInstanceOf(ChallengeIntake.TitleTaken.class);

        RegionalEvent before = events.findById(bodo.id()).orElseThrow();
        RegionalEvent after = as(bodoOnly, () -> intake.select(bodo.id(), before.version(), submitted.id(), 1, 2));
        assertThat(after.selected(submitted.id()).orElseThrow().maxRounds()).isEqualTo(2);
        assertThat(challenges.findById(submitted.id()).orElseThrow().status()).isEqualTo(ChallengeStatus.SELECTED);

        // More rounds than the event has: refused by the domain; the event is unchanged.
        assertThatThrownBy(() -> as(bodoOnly, () -> intake.setRounds(bodo.id(), after.version(), submitted.id(), 1, 9)))
                .isInstanceOf(DomainException.class);
        // A stale version is refused.
        assertThatThrownBy(
                        () -> as(bodoOnly, () -> intake.setRounds(bodo.id(), before.version(), submitted.id(), 1, 1)))
                .isInstanceOf(StaleEditException.class);
        RegionalEvent off = as(bodoOnly, () -> intake.deselect(bodo.id(), after.version(), submitted.id()));
        assertThat(off.selected(submitted.id())).isEmpty();
    }

    @Test
    void aSelectionThatCannotBeSavedLeavesTheChallengeSubmitted() {
        Challenge submitted = as(
                bodoOnly,
                () -> intake.submit(
                        bodo.id(), new ChallengeDraft("1804", "Tomme lokaler", null, Set.of(), Set.of(), null)));
        int staleVersion = events.findById(bodo.id()).orElseThrow().version() - 1;
        assertThatThrownBy(() -> as(bodoOnly, () -> intake.select(bodo.id(), staleVersion, submitted.id(), 1, 1)))
                .isInstanceOf(StaleEditException.class);
        // Challenge and event are saved together or not at all.
        assertThat(challenges.findById(submitted.id()).orElseThrow().status()).isEqualTo(ChallengeStatus.SUBMITTED);
    }

    @Test
    void aChallengeSomeoneWishesForCannotBeTakenOff() {
        UUID wished = registrations.findByEvent(bodo.id()).stream()
                .flatMap(r -> r.wishes().stream())
                .findFirst()
                .orElseThrow();
        RegionalEvent e = events.findById(bodo.id()).orElseThrow();
        assertThatThrownBy(() -> as(bodoOnly, () -> intake.deselect(bodo.id(), e.version(), wished)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("wish for this challenge");
        assertThat(events.findById(bodo.id()).orElseThrow().selected(wished)).isPresent();
    }

    @Test
    void theParticipantListIsPagedAndFilteredInTheDatabase() {
        List<Registration> all = registrations.findByEvent(bodo.id());
        int total = as(bodoOnly, () -> administration.count(bodo.id(), ParticipantFilter.ANY));
        assertThat(total).isEqualTo(all.size());
        List<ParticipantListing> first =
                as(bodoOnly, () -> administration.page(bodo.id(), ParticipantFilter.ANY, 0, 50));
        List<ParticipantListing> second =
                as(bodoOnly, () -> administration.page(bodo.id(), ParticipantFilter.ANY, 50, 50));
        assertThat(first).hasSize(50);
        assertThat(second).hasSize(Math.min(50, total - 50));
        Set<UUID> seen = new HashSet<>();
        first.forEach(p -> seen.add(p.registrationId()));
        second.forEach(p ->
                assertThat(seen.add(p.registrationId())).as("pages overlap").isTrue());
        assertThat(first)
                .isSortedAccordingTo(
                        (a, b) -> a.name().toLowerCase().compareTo(b.name().toLowerCase()));

        long invited = all.stream()
                .filter(r -> r.status() == RegistrationStatus.INVITED)
                .count();
        ParticipantFilter onlyInvited = new ParticipantFilter(null, null, null, null, null, RegistrationStatus.INVITED);
        assertThat(as(bodoOnly, () -> administration.count(bodo.id(), onlyInvited)))
                .isEqualTo((int) invited);

        ParticipantListing someone = first.get(7);
        String part = someone.name()
                .substring(0, Math.min(6, someone.name().length()))
                .toUpperCase();
        List<ParticipantListing> found = as(
                bodoOnly,
                () -> administration.page(
                        bodo.id(), new ParticipantFilter(part, null, null, null, null, null), 0, 200));
        assertThat(found).extracting(ParticipantListing::registrationId).contains(someone.registrationId());
        assertThat(found)
                .allMatch(p -> p.name().toUpperCase().contains(part)
                        || p.email().toUpperCase().contains(part)
                        || (p.organisation() != null
                                && p.organisation().toUpperCase().contains(part)));
        // A % in the search is a character, not a wildcard.
        assertThat(as(
                        bodoOnly,
                        () -> administration.count(
                                bodo.id(), new ParticipantFilter("%", null, null, null, null, null))))
                .isZero();
        Actor actor = actors.findById(someone.actorId()).orElseThrow();
        ParticipantFilter byMunicipality =
                new ParticipantFilter(null, someone.sector(), null, null, actor.homeMunicipality(), null);
        assertThat(as(bodoOnly, () -> administration.page(bodo.id(), byMunicipality, 0, 500)))
                .allMatch(p -> p.municipality().equals(actor.homeMunicipality()) && p.sector() == someone.sector())
                .extracting(ParticipantListing::registrationId)
                .contains(someone.registrationId());
        if (!actor.perspectives().isEmpty()) {
            Perspective p = actor.perspectives().iterator().next();
            assertThat(as(
                            bodoOnly,
                            () -> administration.page(
                                    bodo.id(), new ParticipantFilter(null, null, p, null, null, null), 0, 500)))
                    .extracting(ParticipantListing::registrationId)
                    .contains(someone.registrationId());
        }
        if (!actor.themes().isEmpty()) {
            String theme = actor.themes().get(0).themeKey();
            List<ParticipantListing> withTheme = as(
                    bodoOnly,
                    () -> administration.page(
                            bodo.id(), new ParticipantFilter(null, null, null, theme, null, null), 0, 500));
            assertThat(withTheme).extracting(ParticipantListing::registrationId).contains(someone.registrationId());
            assertThat(withTheme.size()).isLessThan(total);
        }
    }

    @Test
    void aBadImportFileChangesNothingAndNamesTheRow() {
        int before = registrations.findByEvent(bodo.id()).size();
        String csv = "name,email,municipality\nKari Ny,kari.ny@example.no,1804\nOla Feil,ikke-en-epost,1804\n";
        ImportReport report = as(
                bodoOnly,
                () -> administration.importFile(bodo.id(), "deltakere.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("email");
        });
        assertThat(registrations.findByEvent(bodo.id())).hasSize(before);
        assertThat(actors.findByEmail(no.fellesgrunn.domain.actor.Email.of("kari.ny@example.no")))
                .isEmpty();
    }

    @Test
    void theExportHasEveryRegistration() {
        byte[] csv = as(bodoOnly, () -> administration.export(bodo.id(), SpreadsheetFormat.CSV));
        long lines = new String(csv, StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .count();
        assertThat(lines).isEqualTo(registrations.findByEvent(bodo.id()).size() + 1);
    }

    @Test
    void anOrganiserEditsARegistrationOnBehalfAndAStaleEditIsRefused() {
        Registration r = registrations.findByEvent(bodo.id()).stream()
                .filter(x -> x.status() == RegistrationStatus.REGISTERED)
                .findFirst()
                .orElseThrow();
        var opened = as(bodoOnly, () -> administration.registration(bodo.id(), r.id()));
        Registration edited = new Registration(
                r.id(),
                r.eventId(),
                r.actorId(),
                Set.of(bodo.rounds().get(0).id()),
                List.of(bodo.challenges().get(1).challengeId()),
                true,
                "Trenger tolk",
                RegistrationStatus.REGISTERED,
                opened.registration().version());
        Registration saved = as(bodoOnly, () -> administration.saveOnBehalf(bodo.id(), edited));
        assertThat(saved.venueNeeds()).isEqualTo("Trenger tolk");
        assertThat(registrations.findById(r.id()).orElseThrow().needsAccessibleTable())
                .isTrue();
        // The same edit again carries the old version: refused, the saved one stays.
        assertThatThrownBy(() -> as(
                        bodoOnly,
                        () -> administration.saveOnBehalf(
                                bodo.id(),
                                new Registration(
                                        r.id(),
                                        r.eventId(),
                                        r.actorId(),
                                        Set.of(),
                                        List.of(),
                                        false,
                                        "other",
                                        RegistrationStatus.REGISTERED,
                                        opened.registration().version()))))
                .isInstanceOf(StaleEditException.class);
        assertThat(registrations.findById(r.id()).orElseThrow().venueNeeds()).isEqualTo("Trenger tolk");
        // A wish for a challenge not selected for the event is refused.
        Registration current = registrations.findById(r.id()).orElseThrow();
        assertThatThrownBy(() -> as(
                        bodoOnly,
                        () -> administration.saveOnBehalf(
                                bodo.id(),
                                new Registration(
                                        r.id(),
                                        r.eventId(),
                                        r.actorId(),
                                        Set.of(),
                                        List.of(UUID.randomUUID()),
                                        false,
                                        null,
                                        RegistrationStatus.REGISTERED,
                                        current.version()))))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void invitationLinksAreMadeForEveryoneWithoutAnAccountAndOnlyTheirHashIsStored() {
        List<IssuedInvitation> issued = as(bodoOnly, () -> invitations.inviteAllWithoutAccount(bodo.id()));
        long expected = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status() != RegistrationStatus.CANCELLED)
                .filter(r -> actors.findById(r.actorId()).orElseThrow().userAccountId() == null)
                .count();
        assertThat(issued).hasSize((int) expected).isNotEmpty();
        assertThat(issued)
                .extracting(IssuedInvitation::token)
                .doesNotHaveDuplicates()
                .allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
        IssuedInvitation one = issued.get(0);
        Invitation stored = invitationRepository
                .findByTokenHash(InvitationToken.hash(one.token()))
                .orElseThrow();
        assertThat(stored.actorId()).isEqualTo(one.actorId());
        assertThat(stored.eventId()).isEqualTo(bodo.id());
        assertThat(stored.tokenHash()).isNotEqualTo(one.token());
        assertThat(invitationRepository.findByEvent(bodo.id()))
                .noneMatch(i -> i.tokenHash().contains(one.token()));
        assertThat(stored.expiresAt())
                .isAfter(bodo.date()
                        .atStartOfDay(java.time.ZoneId.of("Europe/Oslo"))
                        .toInstant());
        assertThat(one.path()).isEqualTo("invitation/" + one.token());
    }

    @Test
    void theDashboardCountsEveryParticipantOnce() {
        EventDashboard.Figures figures = as(bodoOnly, () -> dashboard.figures(bodo.id()));
        long taking = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .count();
        assertThat(figures.participants()).isEqualTo((int) taking);
        assertThat(figures.sectorMix().total()).isEqualTo((int) taking);
        assertThat(figures.challengeCoverage().bars()).hasSize(bodo.challenges().size());
        long wishes = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart())
                .mapToLong(r -> r.wishes().size())
                .sum();
        assertThat(figures.challengeCoverage().total()).isEqualTo((int) wishes);
        assertThat(figures.wishSatisfaction())
                .as("no seating plan in the demo yet")
                .isNull();
    }

    @Test
    void theActorSearchNeedsTwoCharactersAndFindsByNameOrEmail() {
        assertThat(as(bodoOnly, () -> editing.findActors(bodo.id(), "", 50))).isEmpty();
        assertThat(as(bodoOnly, () -> editing.findActors(bodo.id(), " a ", 50))).isEmpty();
        Actor someone = actors.findById(
                        registrations.findByEvent(bodo.id()).get(5).actorId())
                .orElseThrow();
        assertThat(as(
                        bodoOnly,
                        () -> editing.findActors(
                                bodo.id(), someone.email().value().toUpperCase(), 50)))
                .extracting(Actor::id)
                .containsExactly(someone.id());
        List<Actor> byName =
                as(bodoOnly, () -> editing.findActors(bodo.id(), someone.name().substring(0, 3), 5));
        assertThat(byName)
                .hasSizeLessThanOrEqualTo(5)
                .isNotEmpty()
                .allMatch(a -> a.name()
                                .toLowerCase()
                                .contains(someone.name().substring(0, 3).toLowerCase())
                        || a.email()
                                .value()
                                .contains(someone.name().substring(0, 3).toLowerCase()));
    }

    @Test
    void aPersonWhoDeletedTheirAccountCannotBeInvitedAgainAndTheirOldLinksDie() {
        Set<UUID> hosts = new java.util.HashSet<>();
        challenges.findAll().forEach(c -> hosts.add(c.hostActorId()));
        Registration r = registrations.findByEvent(bodo.id()).stream()
                .filter(x -> x.status() != RegistrationStatus.CANCELLED && !hosts.contains(x.actorId()))
                .filter(x -> actors.findById(x.actorId()).orElseThrow().userAccountId() == null)
                .findFirst()
                .orElseThrow();
        IssuedInvitation before = as(bodoOnly, () -> invitations.invite(bodo.id(), r.actorId()));
        assertThat(invitationTokens.resolve(before.token())).isPresent();

        departure.leave(r.actorId(), null, "test");

        assertThat(invitationTokens.resolve(before.token())).isEmpty();
        assertThatThrownBy(() -> as(bodoOnly, () -> invitations.invite(bodo.id(), r.actorId())))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("deleted their account");
        assertThat(as(bodoOnly, () -> invitations.inviteAllWithoutAccount(bodo.id())))
                .extracting(IssuedInvitation::actorId)
                .doesNotContain(r.actorId());
    }
}
