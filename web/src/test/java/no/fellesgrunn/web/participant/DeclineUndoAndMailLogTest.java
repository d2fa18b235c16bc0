package no.fellesgrunn.web.participant;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.plan.ActorPair;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.web.organiser.matching.MatchDeclines;
import no.fellesgrunn.web.security.AdjustableClock;
import no.fellesgrunn.web.testsupport.KaribuTest;
import no.fellesgrunn.web.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 12: a decline given by mistake is taken back by its giver within 15 minutes (the clock is
 * moved, not waited for), later only by the event's organiser; and the organiser sees the mail each
 * publication sent, per recipient.
 */
@Import(TestClock.class)
class DeclineUndoAndMailLogTest extends KaribuTest {
    private static ParticipantFixture fixture;

    @Autowired
    AdjustableClock clock;

    @Autowired
    MatchAnswerRepository answers;

    @Autowired
    MyMatches matches;

    @Autowired
    MatchDeclines declines;

    @Autowired
    ParticipantNotifications notifications;

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = ParticipantFixture.create(context);
        }
    }

    private void signInParticipant() {
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(fixture.a1().username(), fixture.a1().displayName(), Role.PARTICIPANT);
        UI.getCurrent().navigate(MatchesView.class);
    }

    private void declineM13InTheView() {
        signInParticipant();
        Button decline = _find(Button.class, spec -> spec.withClasses("decline-match")).stream()
                .filter(b -> b.getElement()
                        .getAttribute("aria-label")
                        .contains(fixture.p3().name()))
                .findFirst()
                .orElseThrow();
        _click(decline);
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));
        assertThat(answers.isDeclined(ActorPair.of(fixture.m13()))).isTrue();
    }

    private void signInOrganiser() {
        UI.getCurrent().navigate("login");
        String organiser = accounts.findByRole(Role.ORGANISER).get(0).username();
        loginAs(organiser, organiser, Role.ORGANISER);
    }

    @Test
    void aDeclineIsUndoneByItsGiverWithinFifteenMinutesAndLaterOnlyByTheOrganiser() {
        declineM13InTheView();
        // Within the window: "Angre" on the card takes it back, and the pair may be proposed again.
        clock.advance(Duration.ofMinutes(14));
        signInParticipant();
        _click(_get(Button.class, spec -> spec.withClasses("undo-decline")));
        assertThat(_get(StatusRegion.class).getText()).contains("Avslaget er angret");
        assertThat(answers.isDeclined(ActorPair.of(fixture.m13()))).isFalse();
        assertThat(matches.mine().stream()
                        .filter(c -> c.matchId().equals(fixture.m13().id()))
                        .findFirst()
                        .orElseThrow()
                        .declined())
                .isFalse();
        assertThat(_find(Button.class, spec -> spec.withClasses("undo-decline")))
                .isEmpty();

        // Declined again, and 16 minutes pass: no undo button, and the service refuses too.
        declineM13InTheView();
        clock.advance(Duration.ofMinutes(16));
        signInParticipant();
        assertThat(_find(Button.class, spec -> spec.withClasses("undo-decline")))
                .isEmpty();
        assertThatThrownBy(() -> matches.undoDecline(fixture.m13().id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("domain.error.match_undo_too_late");
        // Nothing to undo on a match I did not decline.
        assertThatThrownBy(() -> matches.undoDecline(fixture.m12().id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("domain.error.match_not_declined");

        // The organiser sees the decline and lifts it (asked first).
        signInOrganiser();
        UI.getCurrent().navigate("organiser/events/" + fixture.bodo().id() + "/matching");
        List<ListItem> rows = _find(ListItem.class, spec -> spec.withClasses("matching-decline"));
        assertThat(rows).singleElement().satisfies(row -> assertThat(
                        row.getElement().getTextRecursively())
                .contains(fixture.p1().name() + " avslo matchen med "
                        + fixture.p3().name()));
        _click(_get(Button.class, spec -> spec.withClasses("matching-decline-undo")));
        _click(_get(Button.class, spec -> spec.withId("matching-decline-undo-cancel")));
        assertThat(answers.isDeclined(ActorPair.of(fixture.m13()))).isTrue();
        _click(_get(Button.class, spec -> spec.withClasses("matching-decline-undo")));
        _click(_get(Button.class, spec -> spec.withId("matching-decline-undo-confirm")));
        assertThat(answers.isDeclined(ActorPair.of(fixture.m13()))).isFalse();
        assertThat(declines.declined(fixture.bodo().id())).isEmpty();
        assertThat(_find(ListItem.class, spec -> spec.withClasses("matching-decline")))
                .isEmpty();
    }

    @Test
    void thePairStaysDeclinedWhileTheOtherPersonStillDeclines() {
        signInParticipant();
        answers.answer(
                fixture.m12(), fixture.p1().id(), no.fellesgrunn.domain.plan.MatchAnswer.DECLINED, clock.instant());
        answers.answer(
                fixture.m12(), fixture.p2().id(), no.fellesgrunn.domain.plan.MatchAnswer.DECLINED, clock.instant());
        matches.undoDecline(fixture.m12().id());
        assertThat(answers.isDeclined(ActorPair.of(fixture.m12()))).isTrue();
        assertThat(answers.declines(List.of(fixture.m12().id())))
                .singleElement()
                .extracting(MatchAnswerRepository.Decline::actorId)
                .isEqualTo(fixture.p2().id());
        signInOrganiser();
        declines.undo(fixture.bodo().id(), fixture.m12().id(), fixture.p2().id());
        assertThat(answers.isDeclined(ActorPair.of(fixture.m12()))).isFalse();
        // A match of another event (or none) is refused, whoever declined it.
        assertThatThrownBy(() -> declines.undo(
                        fixture.bodo().id(),
                        java.util.UUID.randomUUID(),
                        fixture.p2().id()))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theOrganiserSeesTheMailEachPublicationSentPerRecipient() {
        signInOrganiser();
        UI.getCurrent().navigate("organiser/events/" + fixture.bodo().id() + "/mail");
        assertThat(_get(Paragraph.class, spec -> spec.withId("mail-log-none")).getText())
                .contains("ikke sendt e-post");

        assertThat(notifications.schedulePublished(fixture.bodo().id())).isEqualTo(1);
        assertThat(notifications.matchesPublished(fixture.bodo().id())).isEqualTo(4);
        UI.getCurrent().navigate("login");
        signInOrganiser();
        UI.getCurrent().navigate("organiser/events/" + fixture.bodo().id() + "/mail");
        List<Section> entries = _find(Section.class, spec -> spec.withClasses("mail-log-entry"));
        assertThat(entries).hasSize(2);
        // Newest first: the matches (4 people), then the plan version 2 (only p1's seats changed).
        String matchesEntry = entries.get(0).getElement().getTextRecursively();
        assertThat(matchesEntry)
                .contains("Matcher publisert")
                .contains("4 deltakere varslet")
                .contains(fixture.p1().name())
                .contains(fixture.p4().email().value());
        String planEntry = entries.get(1).getElement().getTextRecursively();
        assertThat(planEntry)
                .contains("Bordplassering versjon 2 publisert")
                .contains("1 deltaker varslet")
                .contains(fixture.p1().name())
                .doesNotContain(fixture.p2().name());
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("mail-log-failed")))
                .isEmpty();
    }
}
