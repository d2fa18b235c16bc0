package no.fellesgrunn.web.participant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.coffeechat.ChatArrangementRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChat;
import no.fellesgrunn.domain.coffeechat.CoffeeChatRepository;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.MatchAnswer;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.infra.participant.JdbcParticipantDeparture;
import no.fellesgrunn.web.invitation.InvitationTarget;
import no.fellesgrunn.web.invitation.InvitationTokens;
import no.fellesgrunn.web.invitation.InvitationView;
import no.fellesgrunn.web.login.LoginView;
import no.fellesgrunn.web.mail.OutboxView;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every participant view in Karibu on the real application and database (demo mode: no SMTP
 * server, so mails land in the outbox), and the rule that a participant reaches only their own
 * matches, chats and next steps whatever id is put in a route or a service call.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.springframework.context.annotation.Import(no.fellesgrunn.web.testsupport.TestClock.class)
class ParticipantWorkspaceTest extends KaribuTest {
    private static ParticipantFixture fixture;
    private static java.time.Instant start;

    /** The application's clock: it stands still, and a test moves it (a coffee chat's time passes). */
    @Autowired
    no.fellesgrunn.web.security.AdjustableClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ParticipantClock.OSLO);
    }

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.set(start);
    }

    @Autowired
    ActorRepository actors;

    @Autowired
    CoffeeChatRepository chatRepository;

    @Autowired
    ChatArrangementRepository arrangements;

    @Autowired
    MatchAnswerRepository answers;

    @Autowired
    PlanRepository plans;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    JdbcMailOutbox outbox;

    @Autowired
    MyMatches matches;

    @Autowired
    CoffeeChats chats;

    @Autowired
    InvitationTokens invitationTokens;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            start = clock.instant();
            fixture = ParticipantFixture.create(context);
        }
    }

    private static String pageText() {
        return ((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView())
                .getElement()
                .getTextRecursively();
    }

    private void signIn(no.fellesgrunn.domain.account.UserAccount account) {
        // Another person signing in has their own UI in a browser: leave the page, so that navigating
        // to the same view makes a new one (Vaadin keeps a view when navigating to its own route).
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(account.username(), account.displayName(), Role.PARTICIPANT);
    }

    @Test
    void myMatchesShowOnlyMyPublishedMatchesWithWhatTheOtherAgreedToShow() {
        signIn(fixture.a1());
        UI.getCurrent().navigate(MatchesView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Mine matcher");
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("match-card"));
        assertThat(cards).hasSize(2);
        List<String> names = _find(H2.class).stream().map(H2::getText).toList();
        assertThat(names)
                .contains(fixture.p2().name(), fixture.p3().name())
                .doesNotContain(fixture.p4().name());
        String page = pageText();
        assertThat(page).contains("Begge arbeider med").doesNotContain("Hemmelig grunn");
        // p2 shows organisation (and so municipality) but not e-mail; p3 shows e-mail only.
        assertThat(page)
                .doesNotContain(fixture.p2().email().value())
                .contains(fixture.p3().email().value());

        MatchCard p2 = matches.mine().stream()
                .filter(c -> c.other().actorId().equals(fixture.p2().id()))
                .findFirst()
                .orElseThrow();
        assertThat(p2.other().municipality()).isNotNull();
        assertThat(p2.other().email()).isNull();
        assertThat(p2.other().phone()).isNull();
    }

    @Test
    void acceptingAndDecliningAMatchIsRememberedAndADeclinedPairIsFinal() {
        signIn(fixture.a4());
        UI.getCurrent().navigate(MatchesView.class);
        _click(_get(Button.class, spec -> spec.withClasses("accept-match")));
        assertThat(answers.answersOf(fixture.p4().id()))
                .containsEntry(fixture.m34().id(), MatchAnswer.ACCEPTED);
        assertThat(_get(StatusRegion.class).getText()).contains("godtatt");

        // Declining is final, so it asks first; keeping the match changes nothing.
        _click(_get(Button.class, spec -> spec.withClasses("decline-match")));
        _click(_get(Button.class, spec -> spec.withId("decline-cancel")));
        assertThat(answers.isDeclined(
                        ActorPair.of(fixture.p3().id(), fixture.p4().id())))
                .isFalse();
        _click(_get(Button.class, spec -> spec.withClasses("decline-match")));
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));
        assertThat(answers.isDeclined(
                        ActorPair.of(fixture.p3().id(), fixture.p4().id())))
                .isTrue();
        assertThat(pageText()).contains("Avslått: foreslås ikke igjen");
        assertThat(_find(Button.class, spec -> spec.withClasses("accept-match")))
                .isEmpty();
        assertThatThrownBy(() -> matches.accept(fixture.m34().id())).hasMessageContaining("cannot be accepted again");

        // The other person sees the pair declined and cannot invite from it any more.
        signIn(fixture.a3());
        assertThat(matches.mine().stream()
                        .filter(c -> c.matchId().equals(fixture.m34().id()))
                        .findFirst()
                        .orElseThrow()
                        .declined())
                .isTrue();
        assertThat(chats.invitable())
                .extracting(Invitee::actorId)
                .doesNotContain(fixture.p4().id());
    }

    @Test
    void nobodyReachesAnotherPersonsMatchByChangingTheId() {
        signIn(fixture.a2());
        assertThatThrownBy(() -> matches.accept(fixture.m34().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matches.decline(fixture.m13().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matches.decline(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(answers.answersOf(fixture.p2().id()))
                .doesNotContainKeys(fixture.m34().id(), fixture.m13().id());
        assertThat(answers.isDeclined(
                        ActorPair.of(fixture.p1().id(), fixture.p3().id())))
                .isFalse();
    }

    @Test
    void myScheduleShowsEveryRoundTheTablematesAndWhatChanged() {
        signIn(fixture.a1());
        UI.getCurrent().navigate(ScheduleView.class);

        List<Div> rounds = _find(Div.class, spec -> spec.withClasses("schedule-round"));
        assertThat(rounds).hasSize(2);
        String round1 = rounds.get(0).getElement().getTextRecursively();
        String round2 = rounds.get(1).getElement().getTextRecursively();
        assertThat(round1)
                .contains("Runde 1")
                .contains("Bord: " + fixture.t1().label())
                .contains(fixture.p2().name())
                .doesNotContain("Endret");
        assertThat(round2)
                .contains("Runde 2")
                .contains("Bord: " + fixture.t3().label())
                .contains("Endret")
                .contains("ingen andre ennå");
        assertThat(pageText()).contains("Programmet ditt er endret");
        // p2 agreed to show the organisation: it appears beside the name only if p2 has one.
        assertThat(round1).doesNotContain(fixture.p2().email().value());

        _click(_get(Button.class, spec -> spec.withId("calendar-renew")));
        String url = _get(TextField.class, spec -> spec.withId("calendar-url")).getValue();
        // The address as the participant reached it (no fellesgrunn.base-url in the tests): Karibu's http://localhost.
        assertThat(url).matches("http://localhost(:\\d+)?/calendar/[A-Za-z0-9_-]{43}\\.ics");
        _click(_get(Button.class, spec -> spec.withId("calendar-revoke")));
        assertThat(_find(TextField.class, spec -> spec.withId("calendar-url"))).isEmpty();
        assertThat(_get(StatusRegion.class).getText()).contains("trukket tilbake");

        UI.getCurrent().navigate(PrintableScheduleView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("schedule-round"))).hasSize(2);
        _get(Button.class, spec -> spec.withId("print-now"));
    }

    @Test
    void aRegisteredRoundWithoutASeatIsSaidPlainlyOnScreenOnPaperAndInTheCalendar() {
        // p4 has a seat in round 1 only; registered for every round, round 2 has no seat for p4.
        var registrations = context.getBean(no.fellesgrunn.domain.registration.RegistrationRepository.class);
        var everyRound = fixture.bodo().rounds().stream()
                .map(no.fellesgrunn.domain.event.Round::id)
                .collect(java.util.stream.Collectors.toSet());
        var current = registrations.findByEventAndActor(
                fixture.bodo().id(), fixture.p4().id());
        registrations.save(
                current.map(r -> new no.fellesgrunn.domain.registration.Registration(
                                r.id(),
                                r.eventId(),
                                r.actorId(),
                                everyRound,
                                List.of(),
                                r.needsAccessibleTable(),
                                r.venueNeeds(),
                                r.status(),
                                r.version()))
                        .orElseGet(() -> no.fellesgrunn.domain.registration.Registration.register(
                                fixture.bodo(), fixture.p4().id(), everyRound, List.of(), false, null)),
                "test");
        signIn(fixture.a4());
        UI.getCurrent().navigate(ScheduleView.class);
        List<Div> rounds = _find(Div.class, spec -> spec.withClasses("schedule-round"));
        assertThat(rounds).hasSize(fixture.bodo().rounds().size());
        String round2 = rounds.get(1).getElement().getTextRecursively();
        assertThat(round2)
                .contains("Runde 2")
                .contains("Ingen bordplass")
                .contains("har ikke fått plass ved noe bord")
                .contains("Spør arrangøren");
        assertThat(rounds.get(0).getElement().getTextRecursively())
                .contains("Bord: " + fixture.t2().label());

        String ics = new String(
                        context.getBean(MySchedule.class).ics(java.util.Locale.forLanguageTag("nb")),
                        java.nio.charset.StandardCharsets.UTF_8)
                .replace("\r\n ", "");
        assertThat(ics).contains("SUMMARY:Runde 2\\, " + fixture.bodo().name() + ": ingen bordplass");

        UI.getCurrent().navigate(PrintableScheduleView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("printed-for"))
                        .getText())
                .isEqualTo("Program for " + fixture.p4().name());
        assertThat(_find(Div.class, spec -> spec.withClasses("schedule-unseated")))
                .hasSize(fixture.bodo().rounds().size() - 1);
        assertThat(_get(Button.class, spec -> spec.withId("print-now")).getClassNames())
                .contains("no-print");
    }

    @Test
    void theWholeCoffeeChatFromInvitationToConfirmedNextSteps() {
        signIn(fixture.a1());
        UI.getCurrent().navigate(MatchesView.class);
        Button invite = _find(Button.class, spec -> spec.withClasses("invite-match")).stream()
                .filter(b -> b.getElement()
                        .getAttribute("aria-label")
                        .contains(fixture.p2().name()))
                .findFirst()
                .orElseThrow();
        _click(invite);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NewCoffeeChatView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Invitee> person = _get(ComboBox.class, spec -> spec.withId("chat-person"));
        assertThat(person.getValue().actorId()).isEqualTo(fixture.p2().id());

        _setValue(
                _get(TextArea.class, spec -> spec.withId("chat-pitch")),
                "Du kjenner frivilligsentralen, og vi har samme mål.");
        LocalDateTime monday = today().plusDays(7).atTime(10, 0);
        LocalDateTime tuesday = monday.plusDays(1).withHour(14);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("chat-time-1")), monday);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("chat-time-2")), tuesday);
        _setValue(_get(TextField.class, spec -> spec.withId("chat-place")), "Bodø rådhus");
        _click(_get(Button.class, spec -> spec.withId("chat-send")));
        assertThat(_get(StatusRegion.class).getText())
                .isEqualTo("Feil: Møt hverandre på nøytral grunn (et bibliotek, en kafé, et "
                        + "grendehus), ikke på «Bodø rådhus».");
        assertThat(chatRepository.findByActor(fixture.p1().id()))
                .noneMatch(c -> c.partnerId().equals(fixture.p2().id()));

        _setValue(_get(TextField.class, spec -> spec.withId("chat-place")), "Stormen bibliotek");
        _click(_get(Button.class, spec -> spec.withId("chat-send")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CoffeeChatView.class);
        CoffeeChat chat = chatRepository.findByActor(fixture.p1().id()).stream()
                .filter(c -> c.partnerId().equals(fixture.p2().id()))
                .findFirst()
                .orElseThrow();
        assertThat(chat.partnerId()).isEqualTo(fixture.p2().id());
        assertThat(chat.commonThird()).isEqualTo(fixture.sharedTheme());
        assertThat(chat.matchId()).isEqualTo(fixture.m12().id());
        assertThat(outbox.findByRecipient(fixture.p2().email().value()))
                .anySatisfy(m ->
                        assertThat(m.subject()).contains(fixture.p1().name()).contains("kaffeprat"));

        // p2 answers: accepts the Tuesday.
        signIn(fixture.a2());
        UI.getCurrent().navigate(ParticipantHomeView.class);
        assertThat(pageText()).contains("Kaffeprat med " + fixture.p1().name());
        UI.getCurrent()
                .navigate(
                        CoffeeChatView.class,
                        new RouteParameters("chatId", chat.id().toString()));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<LocalDateTime> times = _get(RadioButtonGroup.class, spec -> spec.withId("chat-choose-time"));
        _setValue(times, tuesday);
        _click(_get(Button.class, spec -> spec.withId("chat-accept")));
        CoffeeChat agreed = chatRepository.findById(chat.id()).orElseThrow();
        assertThat(agreed.status()).isEqualTo(CoffeeChatStatus.AGREED);
        assertThat(agreed.scheduledAt()).isEqualTo(tuesday);
        assertThat(agreed.meetingPlace()).isEqualTo("Stormen bibliotek");
        for (Actor both : List.of(fixture.p1(), fixture.p2())) {
            assertThat(outbox.findByRecipient(both.email().value())).anySatisfy(m -> {
                assertThat(m.subject()).startsWith("Kaffeprat avtalt");
                assertThat(m.attachmentName()).isEqualTo("kaffeprat.ics");
                assertThat(new String(m.attachment())).contains("BEGIN:VEVENT").contains("TZID=Europe/Oslo");
            });
        }

        // Before the chat there is nothing to summarise: the page says when, and the service refuses.
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-summary-later"))
                        .getText())
                .contains("etter at dere har møttes");
        assertThat(_find(TextArea.class, spec -> spec.withId("chat-summary"))).isEmpty();
        assertThatThrownBy(() -> chats.recordSummary(
                        chat.id(),
                        "For tidlig",
                        List.of(new StepDraft("Ringe", fixture.p2().id(), today().plusDays(30)))))
                .isInstanceOf(no.fellesgrunn.domain.common.DomainException.class)
                .hasMessageContaining("after it has taken place");

        // The Tuesday comes (the clock moves to an hour after the agreed time).
        clock.set(tuesday.plusHours(1).atZone(ParticipantClock.OSLO).toInstant());
        UI.getCurrent().navigate(ParticipantHomeView.class);
        UI.getCurrent()
                .navigate(
                        CoffeeChatView.class,
                        new RouteParameters("chatId", chat.id().toString()));
        // After the chat p2 writes the summary and next steps; one for each.
        _setValue(_get(TextArea.class, spec -> spec.withId("chat-summary")), "Felles tredje: ensomhet blant eldre.");
        _setValue(_get(TextField.class, spec -> spec.withId("step-what-1")), "Invitere pensjonistforeningen");
        // A due date that has passed is refused; the step is due today.
        _setValue(_get(DatePicker.class, spec -> spec.withId("step-due-1")), today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("chat-step-add")));
        _setValue(_get(TextField.class, spec -> spec.withId("step-what-2")), "Sjekke lokaler på biblioteket");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<UUID> who2 =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("step-who-2"));
        _setValue(who2, fixture.p1().id());
        _setValue(_get(DatePicker.class, spec -> spec.withId("step-due-2")), today().plusDays(14));
        _click(_get(Button.class, spec -> spec.withId("chat-save-summary")));
        assertThat(chatRepository.findById(chat.id()).orElseThrow().status()).isEqualTo(CoffeeChatStatus.AGREED);
        assertThat(_get(StatusRegion.class).getText()).contains("Invitere pensjonistforeningen");
        _setValue(_get(DatePicker.class, spec -> spec.withId("step-due-1")), today());
        _click(_get(Button.class, spec -> spec.withId("chat-save-summary")));
        CoffeeChat held = chatRepository.findById(chat.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(CoffeeChatStatus.HELD);
        assertThat(held.nextSteps())
                .extracting(s -> s.responsibleActorId())
                .containsExactly(fixture.p2().id(), fixture.p1().id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-understanding"))
                        .getText())
                .contains("Venter på at " + fixture.p1().name());

        // A day passes: p2's step is now overdue. p1 sees both steps on the dashboard, the overdue one
        // marked in words, and confirms.
        new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class))
                .update(
                        "update next_step set due_date = due_date - 1 where coffee_chat_id = ? and what = ?",
                        chat.id(),
                        "Invitere pensjonistforeningen");
        signIn(fixture.a1());
        UI.getCurrent().navigate(ParticipantHomeView.class);
        List<Div> steps = _find(Div.class, spec -> spec.withClasses("next-step"));
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).getElement().getTextRecursively())
                .contains("Forfalt")
                .contains("Invitere pensjonistforeningen");
        assertThat(steps.get(1).getElement().getTextRecursively()).doesNotContain("Forfalt");
        UI.getCurrent()
                .navigate(
                        CoffeeChatView.class,
                        new RouteParameters("chatId", chat.id().toString()));
        _click(_get(Button.class, spec -> spec.withId("chat-confirm")));
        assertThat(arrangements.findByChat(chat.id()).orElseThrow().sharedUnderstanding(held))
                .isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-understanding"))
                        .getText())
                .contains("begge bekreftet");

        // Done steps leave the dashboard.
        UI.getCurrent().navigate(ParticipantHomeView.class);
        Button done =
                _find(Button.class, spec -> spec.withText("Marker som gjort")).get(1);
        _click(done);
        assertThat(_find(Div.class, spec -> spec.withClasses("next-step"))).hasSize(1);

        // Someone outside the chat gets nothing, by route or by service call.
        signIn(fixture.a4());
        UI.getCurrent()
                .navigate(
                        CoffeeChatView.class,
                        new RouteParameters("chatId", chat.id().toString()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("chat-not-found")).getText())
                .contains("Fant ikke");
        assertThat(pageText()).doesNotContain("ensomhet blant eldre");
        UUID stepId = held.nextSteps().get(0).id();
        assertThatThrownBy(() -> chats.chat(chat.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chats.markStepDone(chat.id(), stepId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chats.confirm(chat.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chats.ics(chat.id(), java.util.Locale.ROOT)).isInstanceOf(NotFoundException.class);
        assertThat(chats.openSteps()).isEmpty();
        UI.getCurrent().navigate("me/chats/not-a-uuid");
        _get(Paragraph.class, spec -> spec.withId("chat-not-found"));
    }

    @Test
    void theInviteeMayProposeOtherTimesAndOnlyMatchesOrListedPeopleCanBeInvited() {
        signIn(fixture.a3());
        LocalDateTime in10 = LocalDate.now().plusDays(10).atTime(9, 0);
        ChatCard card = chats.invite(new ChatInvitation(
                fixture.p1().id(),
                null,
                fixture.bodo().challenges().get(0).challengeId(),
                "Vi sitter ved samme bord",
                List.of(in10, in10.plusHours(3)),
                "Kafé Kjelleren"));
        assertThat(card.challengeTitle()).isNotBlank();
        assertThatThrownBy(() -> chats.invite(new ChatInvitation(
                        fixture.p2().id(),
                        fixture.sharedTheme(),
                        null,
                        "Hei",
                        List.of(in10, in10.plusHours(1)),
                        "Biblioteket")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> chats.invite(new ChatInvitation(
                        fixture.p1().id(), null, null, "Hei", List.of(in10, in10.plusHours(1)), "Biblioteket")))
                .hasMessageContaining("one common third");
        assertThatThrownBy(() -> chats.invite(new ChatInvitation(
                        fixture.p1().id(),
                        fixture.sharedTheme(),
                        null,
                        "Hei",
                        List.of(LocalDateTime.now().minusDays(1), in10),
                        "Biblioteket")))
                .hasMessageContaining("already passed");

        signIn(fixture.a1());
        UI.getCurrent()
                .navigate(
                        CoffeeChatView.class,
                        new RouteParameters("chatId", card.id().toString()));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("counter-time-1")), in10.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("chat-propose-other")));
        assertThat(arrangements.findByChat(card.id()).orElseThrow().proposedBy())
                .isEqualTo(fixture.p1().id());
        assertThat(pageText()).contains("Venter på svar fra " + fixture.p3().name());
        assertThat(outbox.findByRecipient(fixture.p3().email().value()))
                .anySatisfy(m -> assertThat(m.subject()).contains("andre tider"));

        // The inviter's list shows the chat waiting for their answer; the page also speaks English.
        signIn(fixture.a3());
        UI.getCurrent().navigate(CoffeeChatsView.class);
        List<String> listed = _find(Div.class, spec -> spec.withClasses("chat-card")).stream()
                .map(d -> d.getElement().getTextRecursively())
                .filter(t -> t.contains(fixture.p1().name()))
                .toList();
        assertThat(listed)
                .isNotEmpty()
                .anySatisfy(t -> assertThat(t).contains("Foreslått").contains("Venter på svar fra deg"));
        UI.getCurrent().setLocale(no.fellesgrunn.web.i18n.FellesgrunnI18NProvider.ENGLISH);
        UI.getCurrent().navigate(MatchesView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("My matches");
        UI.getCurrent().setLocale(no.fellesgrunn.web.i18n.FellesgrunnI18NProvider.BOKMAL);

        // p4 is listed in the directory: now p1 may invite p4 without a match.
        signIn(fixture.a1());
        assertThat(chats.invitable())
                .extracting(Invitee::actorId)
                .doesNotContain(fixture.p4().id());
        signIn(fixture.a4());
        UI.getCurrent().navigate(ProfileView.class);
        _setValue(_get(Checkbox.class, spec -> spec.withId("profile-directory")), true);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        signIn(fixture.a1());
        assertThat(chats.invitable())
                .extracting(Invitee::actorId)
                .contains(fixture.p4().id());
    }

    @Test
    void theProfileIsCorrectedAndTheRegistrationSaved() {
        signIn(fixture.a1());
        UI.getCurrent().navigate(ProfileView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("profile-role")), "Daglig leder");
        _setValue(_get(Checkbox.class, spec -> spec.withId("profile-show-email")), true);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertThat(_get(StatusRegion.class).getText()).isEqualTo("Profilen er lagret.");
        Actor saved = actors.findById(fixture.p1().id()).orElseThrow();
        assertThat(saved.roleTitle()).isEqualTo("Daglig leder");
        assertThat(saved.consent().showEmail()).isTrue();

        @SuppressWarnings("unchecked")
        ComboBox<no.fellesgrunn.domain.challenge.Challenge> wish = _find(
                        ComboBox.class, spec -> spec.withClasses("registration-wish-1"))
                .get(0);
        var challenge = wish.getListDataView().getItem(0);
        _setValue(wish, challenge);
        _click(_find(Button.class, spec -> spec.withClasses("registration-submit"))
                .get(0));
        var registration = registrations
                .findByEventAndActor(fixture.bodo().id(), fixture.p1().id())
                .orElseThrow();
        assertThat(registration.wishes()).first().isEqualTo(challenge.id());
        assertThat(registration.status()).isEqualTo(RegistrationStatus.REGISTERED);

        // A stale edit (changed elsewhere meanwhile) is refused with a message; the input stays.
        UI.getCurrent().navigate(ProfileView.class);
        actors.save(actors.findById(fixture.p1().id()).orElseThrow(), "someone else");
        TextField role = _get(TextField.class, spec -> spec.withId("profile-role"));
        _setValue(role, "Styreleder");
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertThat(_get(StatusRegion.class).getText())
                .startsWith("Feil: someone else endret dette ")
                .contains("ikke lagret");
        assertThat(role.getValue()).isEqualTo("Styreleder");
    }

    @Test
    @Order(Integer.MAX_VALUE) // p4 leaves: the other tests still need p4
    void myDataShowsAndDownloadsWhatIsStoredAndDeletingAnonymises() {
        // p3 has asked p4 for a coffee chat: the export holds the proposed times and the common third.
        CoffeeChat asked = chatRepository.save(
                CoffeeChat.propose(
                        fixture.m34().id(),
                        fixture.p3().id(),
                        fixture.p4().id(),
                        fixture.sharedTheme(),
                        "Skal vi ta en kaffe?"),
                "test");
        LocalDateTime proposed = LocalDate.now().plusDays(9).atTime(10, 15);
        arrangements.save(no.fellesgrunn.domain.coffeechat.ChatArrangement.propose(
                asked, fixture.p3().id(), List.of(proposed, proposed.plusDays(1)), "Kafé Kjelleren", null));
        signIn(fixture.a4());
        UI.getCurrent().navigate(MyDataView.class);
        String json = _get(Pre.class, spec -> spec.withId("data-json")).getText();
        assertThat(json)
                .contains(fixture.p4().name())
                .contains(fixture.a4().username())
                .contains("registrations")
                .doesNotContain(fixture.p1().email().value());
        assertThat(json)
                .contains("\"arrangement\"")
                .contains("\"proposedTimes\"")
                .contains(proposed.toString().substring(0, 16))
                .contains("Kafé Kjelleren")
                .contains("\"confirmedBy\"")
                .contains("\"commonThird\" : \"" + fixture.sharedTheme());
        _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("data-download"));

        _click(_get(Button.class, spec -> spec.withId("data-delete")));
        _click(_get(Button.class, spec -> spec.withId("data-delete-yes")));
        assertThat(accounts.findByUsername(fixture.a4().username())).isPresent();
        _setValue(_get(Checkbox.class, spec -> spec.withId("data-delete-understood")), true);
        _click(_get(Button.class, spec -> spec.withId("data-delete-yes")));

        assertThat(accounts.findByUsername(fixture.a4().username())).isEmpty();
        Actor left = actors.findById(fixture.p4().id()).orElseThrow();
        assertThat(left.name()).isEqualTo(JdbcParticipantDeparture.LEFT_NAME);
        assertThat(left.homeMunicipality())
                .as("nothing left to say where they live")
                .isNull();
        assertThat(left.userAccountId()).isNull();
        assertThat(plans.findPublished(fixture.bodo().id()).orElseThrow().seats())
                .extracting(Seat::actorId)
                .doesNotContain(fixture.p4().id());
        assertThat(plans.findMatches(fixture.bodo().id()))
                .noneMatch(m -> m.involves(fixture.p4().id()));
    }

    @Test
    void anInvitationLinkCreatesALoginOnceAndAWrongLinkSaysSo() {
        String token =
                invitationTokens.create(new InvitationTarget(fixture.bodo().id(), null, "ny.deltaker@example.no"));
        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", token));
        assertThat(pageText()).contains(fixture.bodo().name());
        _setValue(_get(TextField.class, spec -> spec.withId("invitation-name")), "Nora Ny");
        @SuppressWarnings("unchecked")
        ComboBox<Municipality> municipality = _get(ComboBox.class, spec -> spec.withId("invitation-municipality"));
        _setValue(
                municipality,
                municipality
                        .getListDataView()
                        .getItems()
                        .filter(m -> m.number().equals("1804"))
                        .findFirst()
                        .orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), "kort");
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));
        assertThat(_get(StatusRegion.class).getText())
                .contains(UI.getCurrent().getTranslation("password.error.short", 12));
        assertThat(accounts.findByUsername("ny.deltaker@example.no")).isEmpty();
        // Long enough, but one character repeated: refused with its own message.
        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), "aaaaaaaaaaaa");
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));
        assertThat(_get(StatusRegion.class).getText())
                .contains(UI.getCurrent().getTranslation("password.error.repeated"));
        assertThat(accounts.findByUsername("ny.deltaker@example.no")).isEmpty();

        _setValue(_get(PasswordField.class, spec -> spec.withId("invitation-password")), "en lang og god setning");
        _click(_get(Button.class, spec -> spec.withId("invitation-create")));
        var account = accounts.findByUsername("ny.deltaker@example.no").orElseThrow();
        assertThat(account.roles()).containsExactly(Role.PARTICIPANT);
        assertThat(passwordEncoder.matches("en lang og god setning", account.passwordHash()))
                .isTrue();
        assertThat(actors.findByUserAccount(account.id()).orElseThrow().name()).isEqualTo("Nora Ny");

        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", token));
        _get(Paragraph.class, spec -> spec.withId("invitation-invalid"));
        UI.getCurrent().navigate(InvitationView.class, new RouteParameters("token", "made-up"));
        _get(Paragraph.class, spec -> spec.withId("invitation-invalid"));
    }

    @Test
    void theOutboxShowsAParticipantOnlyTheirOwnMailAndOrganisersCannotOpenParticipantPages() {
        signIn(fixture.a3());
        chats.invite(new ChatInvitation(
                fixture.p1().id(),
                fixture.sharedTheme(),
                null,
                "Pitch til outbox-testen",
                List.of(
                        LocalDate.now().plusDays(3).atTime(12, 0),
                        LocalDate.now().plusDays(4).atTime(12, 0)),
                "Biblioteket"));
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(pageText()).doesNotContain("Pitch til outbox-testen");

        signIn(fixture.a1());
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("outbox-mail"))).isNotEmpty();
        assertThat(pageText()).contains("Pitch til outbox-testen");

        UI.getCurrent().navigate("login");
        loginAs("admin.only@ks.example", "Ad Min", Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("outbox-mail"))).isNotEmpty();
        assertThat(pageText()).contains(fixture.p1().email().value()).doesNotContain("Pitch til outbox-testen");

        loginAs("organiser.only@ks.example", "Orga Nisør", Role.ORGANISER);
        UI.getCurrent().navigate(MatchesView.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(MatchesView.class);
        assertThatThrownBy(() -> matches.mine())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        UI.getCurrent().navigate("me/schedule");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }
}
