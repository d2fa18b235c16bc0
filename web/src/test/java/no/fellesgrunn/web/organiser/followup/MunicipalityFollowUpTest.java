package no.fellesgrunn.web.organiser.followup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.outcome.Findings;
import no.fellesgrunn.domain.outcome.StepOwner;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.web.outcome.OutcomeFixture;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 18: an organiser names a municipality's contact, who then reads the follow-up board of the
 * municipality's challenges (read-only) and gets one monthly digest in their language; the table
 * outcome page links organisers back to the board.
 */
class MunicipalityFollowUpTest extends KaribuTest {
    @Autowired
    TableOutcomeRepository outcomes;

    @Autowired
    ActorRepository actors;

    @Autowired
    MunicipalityBoard board;

    @Autowired
    MunicipalityDigest digest;

    @Autowired
    JdbcMailOutbox outbox;

    private void signIn(UserAccount account, Role role) {
        if (UI.getCurrent().getCurrentView() != null) {
            UI.getCurrent().navigate("login");
        }
        loginAs(account.username(), account.displayName(), role);
    }

    @SuppressWarnings("unchecked")
    private static List<BoardRow> shown() {
        return ((Grid<BoardRow>) _get(Grid.class, spec -> spec.withId("followup-grid")))
                .getListDataView()
                .getItems()
                .toList();
    }

    @Test
    void aNamedContactReadsTheMunicipalityBoardAndGetsOneDigestAMonthInTheirLanguage() {
        OutcomeFixture f = OutcomeFixture.create(context, (username, role) -> loginAs(username, username, role));
        String municipality = f.challenge().ownerMunicipality();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        outcomes.save(
                new TableOutcome(
                        Ids.newId(),
                        f.bodo().id(),
                        f.table1().roundId(),
                        f.table1().tableId(),
                        f.challenge().id(),
                        new Findings("Ensomhet", null, null, null),
                        List.of(
                                new TableStep(
                                        Ids.newId(),
                                        "Kartlegge frivillige",
                                        StepOwner.person(f.p2().id()),
                                        today.minusDays(10),
                                        null,
                                        StepStatus.DONE),
                                new TableStep(
                                        Ids.newId(),
                                        "Søke midler til møteplass",
                                        StepOwner.organisation("Kommunen"),
                                        today.minusDays(2),
                                        null,
                                        StepStatus.NOT_STARTED),
                                new TableStep(
                                        Ids.newId(),
                                        "Invitere skolen",
                                        StepOwner.person(f.p2().id()),
                                        today.plusDays(9),
                                        null,
                                        StepStatus.UNDER_WAY)),
                        List.of(),
                        f.host().id(),
                        f.host().id(),
                        Instant.now(),
                        0),
                "test");
        Actor contact = actors.save(withLanguages(f.p1(), Set.of("nn")), "test");

        // The organiser names p1 the contact, on the follow-up board; a person without a login is refused.
        signIn(f.organiser(), Role.ORGANISER);
        UI.getCurrent().navigate("organiser/follow-up");
        @SuppressWarnings("unchecked")
        ComboBox<String> which = _get(ComboBox.class, spec -> spec.withId("contact-municipality"));
        _setValue(which, municipality);
        Actor withoutLogin = actors.findAll().stream()
                .filter(a -> a.userAccountId() == null)
                .findFirst()
                .orElseThrow();
        _setValue(
                _get(EmailField.class, spec -> spec.withId("contact-email")),
                withoutLogin.email().value());
        _click(_get(Button.class, spec -> spec.withId("contact-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-status")).getText())
                .contains("innlogging");
        _setValue(
                _get(EmailField.class, spec -> spec.withId("contact-email")),
                contact.email().value());
        _click(_get(Button.class, spec -> spec.withId("contact-add")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("contact-status")).getText())
                .contains("er nå kontaktperson");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("municipality-contact")))
                .anySatisfy(
                        li -> assertThat(li.getElement().getTextRecursively()).contains(contact.name()));

        // The contact's board: only the municipality's challenges, no links into the outcome.
        signIn(f.a1(), Role.PARTICIPANT);
        UI.getCurrent().navigate("municipality/follow-up");
        List<BoardRow> rows = shown();
        assertThat(rows).isNotEmpty().allMatch(r -> municipality.equals(r.municipalityNumber()));
        assertThat(rows).extracting(BoardRow::what).contains("Søke midler til møteplass", "Invitere skolen");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).noneMatch(href -> href.startsWith("tables/"));
        // Someone who is no contact sees an empty board.
        signIn(f.a2(), Role.PARTICIPANT);
        assertThat(board.rows()).isEmpty();

        // The digest: once this month, in nynorsk, with the overdue step listed and the board's address.
        outbox.findAll().forEach(m -> outbox.deleteByRecipient(m.recipient()));
        YearMonth month = YearMonth.of(2031, 1);
        assertThat(digest.send(month, Instant.now())).isPositive();
        assertThat(outbox.findByRecipient(contact.email().value()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.subject()).startsWith("Oppfølging i ").endsWith("januar 2031");
                    assertThat(m.body())
                            .contains("Hei, " + contact.name())
                            .contains("har forfalle")
                            .contains("Søke midler til møteplass")
                            .contains("municipality/follow-up")
                            .doesNotContain("Kartlegge frivillige");
                });
        assertThat(digest.send(month, Instant.now())).isZero();
        assertThat(digest.send(month.plusMonths(1), Instant.now())).isPositive();

        // An organiser of other counties cannot name contacts here.
        signIn(f.otherOrganiser(), Role.ORGANISER);
        assertThatThrownBy(() -> board.name(municipality, contact.email().value()))
                .isInstanceOf(AccessDeniedException.class);

        // The organiser reads the outcome and goes back to the board from it; then removes the contact (asked first).
        signIn(f.organiser(), Role.ORGANISER);
        UI.getCurrent().navigate(f.table1().href());
        assertThat(_get(Anchor.class, spec -> spec.withId("outcome-to-board")).getHref())
                .isEqualTo("organiser/follow-up");
        UI.getCurrent().navigate("organiser/follow-up");
        _click(_find(Button.class).stream()
                .filter(b -> b.getElement().getAttribute("aria-label") != null
                        && b.getElement().getAttribute("aria-label").contains(contact.name()))
                .findFirst()
                .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("contact-remove-confirm")));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("municipality-contact")))
                .noneSatisfy(
                        li -> assertThat(li.getElement().getTextRecursively()).contains(contact.name()));
    }

    private static Actor withLanguages(Actor a, Set<String> languages) {
        return new Actor(
                a.id(),
                a.name(),
                a.email(),
                a.phone(),
                a.organisationId(),
                a.roleTitle(),
                a.homeMunicipality(),
                a.themes(),
                a.perspectives(),
                languages,
                a.accessibilityNeeds(),
                a.consent(),
                a.userAccountId(),
                a.version());
    }
}
