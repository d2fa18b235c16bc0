package no.fellesgrunn.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.privacy.JdbcPersonalDataRetention;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention job on real PostgreSQL with a fixed clock (1 June 2027): an event held 13 months
 * before is anonymised, everything inside its retention time is left alone, and the organiser is
 * warned a month ahead.
 */
class PersonalDataRetentionTest extends KaribuTest {
    private static final Clock JUNE_2027 = Clock.fixed(Instant.parse("2027-06-01T08:00:00Z"), ZoneId.of("Europe/Oslo"));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcPersonalDataRetention store;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    ActorRepository actors;

    @Autowired
    ReferenceDataRepository reference;

    @Test
    void anOldEventsParticipantsAreAnonymisedAndEverythingElseIsLeftAlone() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String municipality = reference.municipalities().get(0).number();
        RegionalEvent old = event("Retention old", LocalDate.of(2026, 5, 1), municipality);
        RegionalEvent soon = event("Retention soon", LocalDate.of(2026, 6, 20), municipality);
        RegionalEvent recent = event("Retention recent", LocalDate.of(2027, 3, 1), municipality);
        Actor onlyOld = person("Anne Gammel", "anne.gammel@example.no", municipality, Role.PARTICIPANT);
        Actor both = person("Bjørn Begge", "bjorn.begge@example.no", municipality, null);
        Actor organiser = person("Olga Organiser", "olga.organiser@example.no", municipality, Role.ORGANISER);
        Actor onlyRecent = person("Rita Ny", "rita.ny@example.no", municipality, null);
        register(jdbc, old, onlyOld, "rullestol, trinnfri inngang");
        register(jdbc, old, both, "hørselsslynge");
        register(jdbc, old, organiser, null);
        register(jdbc, recent, both, "hørselsslynge");
        register(jdbc, recent, onlyRecent, "vegetar");
        jdbc.sql(
                        "update actor set phone = '+47 912 34 567', accessibility_needs = 'ledsager', role_title = 'Rådgiver' where id = :id")
                .param("id", onlyOld.id())
                .update();
        jdbc.sql("insert into actor_perspective (actor_id, perspective) values (:id, 'LIVED_EXPERIENCE')")
                .param("id", onlyOld.id())
                .update();
        jdbc.sql(
                        "insert into mail_outbox (id, recipient, subject, body) values (:id, 'anne.gammel@example.no', 'Invitasjon', 'Hei Anne')")
                .param("id", UUID.randomUUID())
                .update();
        UUID anneAccount = actors.findById(onlyOld.id()).orElseThrow().userAccountId();
        assertThat(anneAccount).isNotNull();

        PersonalDataRetention retention = new PersonalDataRetention(
                store, new PrivacySettings(Period.ofMonths(12), Period.ofDays(30)), JUNE_2027);
        // Before the run: the old event is past due, the one held 20 June 2026 is due 20 June 2027 (inside the warning
        // month).
        assertThat(retention.notice(old)).contains(new PersonalDataRetention.Notice(false, LocalDate.of(2027, 5, 1)));
        assertThat(retention.notice(soon)).contains(new PersonalDataRetention.Notice(false, LocalDate.of(2027, 6, 20)));
        assertThat(retention.notice(recent)).isEmpty();

        var removals = retention.runOnce();

        // (Other tests' events in this database may be due too; of these three only the old one is.)
        assertThat(removals)
                .filteredOn(removal -> Set.of(old.id(), soon.id(), recent.id()).contains(removal.eventId()))
                .singleElement()
                .satisfies(removal -> {
                    assertThat(removal.eventId()).isEqualTo(old.id());
                    assertThat(removal.registrationsCleared()).isEqualTo(3);
                    assertThat(removal.actorsAnonymised()).isEqualTo(1);
                });
        Actor anne = actors.findById(onlyOld.id()).orElseThrow();
        assertThat(anne.name()).isEqualTo(JdbcPersonalDataRetention.ANONYMOUS_NAME);
        assertThat(anne.email().value()).doesNotContain("anne").endsWith("@anonymised.invalid");
        assertThat(anne.homeMunicipality()).isNull();
        assertThat(anne.phone()).isNull();
        assertThat(anne.accessibilityNeeds()).isNull();
        assertThat(anne.roleTitle()).isNull();
        assertThat(anne.perspectives()).isEmpty();
        assertThat(anne.userAccountId()).isNull();
        assertThat(accounts.findById(anneAccount))
                .as("a participant-only login goes")
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'anne.gammel@example.no'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(actors.findByEmail(Email.of("anne.gammel@example.no"))).isEmpty();

        // Someone also at an event inside its retention time keeps their profile; only the old registration's needs go.
        assertThat(actors.findById(both.id()).orElseThrow().name()).isEqualTo("Bjørn Begge");
        assertThat(venueNeeds(jdbc, old, both)).isNull();
        assertThat(venueNeeds(jdbc, recent, both)).isEqualTo("hørselsslynge");
        // Organisers keep their profile and login; people only at recent events are untouched.
        assertThat(actors.findById(organiser.id()).orElseThrow().name()).isEqualTo("Olga Organiser");
        assertThat(accounts.findByUsername("olga.organiser@example.no")).isPresent();
        assertThat(actors.findById(onlyRecent.id()).orElseThrow().email().value())
                .isEqualTo("rita.ny@example.no");
        assertThat(venueNeeds(jdbc, recent, onlyRecent)).isEqualTo("vegetar");

        // Done once: the old event now says so, and a second run finds nothing to do.
        assertThat(retention.notice(old)).contains(new PersonalDataRetention.Notice(true, LocalDate.of(2027, 6, 1)));
        assertThat(retention.runOnce()).isEmpty();
        assertThat(retention.notice(soon)).contains(new PersonalDataRetention.Notice(false, LocalDate.of(2027, 6, 20)));
    }

    @Test
    void theOrganiserIsWarnedOnTheEventsPagesBeforeTheDataGoes() {
        String municipality = reference.municipalities().get(0).number();
        UserAccount account = loginAs("vera.varsel@example.no", "Vera Varsel", Role.ORGANISER);
        Actor vera = actors.save(
                Actor.create("Vera Varsel", Email.of("vera.varsel@example.no"), municipality)
                        .withUserAccount(account.id()),
                "test");
        // With the real clock: held 12 months less 10 days ago, so its data goes in 10 days (inside the warning month).
        LocalDate held = LocalDate.now(ZoneId.of("Europe/Oslo")).minusMonths(12).plusDays(10);
        RegionalEvent event = events.save(
                new RegionalEvent(
                        UUID.randomUUID(),
                        "Retention warning",
                        held,
                        new Venue("Rådhuset", null, municipality),
                        Set.of(municipality.substring(0, 2)),
                        Set.of(vera.id()),
                        java.util.List.of(),
                        java.util.List.of(),
                        java.util.List.of(),
                        new RegistrationWindow(held.minusDays(30), held.minusDays(1)),
                        no.fellesgrunn.domain.event.EventStatus.PLANNING,
                        0),
                "test");

        com.vaadin.flow.component.UI.getCurrent().navigate("organiser/events/" + event.id() + "/details");

        com.vaadin.flow.component.html.Paragraph notice = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("retention-notice"));
        assertThat(notice.getText())
                .startsWith("Personvern: Personopplysningene om deltakerne på dette arrangementet blir anonymisert")
                .contains(no.fellesgrunn.web.i18n.Formats.date(
                        held.plusMonths(12), no.fellesgrunn.web.i18n.FellesgrunnI18NProvider.BOKMAL));
    }

    private RegionalEvent event(String name, LocalDate date, String municipality) {
        return events.save(
                RegionalEvent.plan(
                        name,
                        date,
                        new Venue("Rådhuset", null, municipality),
                        Set.of(municipality.substring(0, 2)),
                        new RegistrationWindow(date.minusDays(30), date.minusDays(1))),
                "test");
    }

    private Actor person(String name, String email, String municipality, Role role) {
        Actor actor = Actor.create(name, Email.of(email), municipality);
        if (role != null) {
            UserAccount account = UserAccount.create(email, name, "{noop}not-used", Set.of(role));
            accounts.add(account);
            actor = actor.withUserAccount(account.id());
        }
        return actors.save(actor, "test");
    }

    private static void register(JdbcClient jdbc, RegionalEvent event, Actor actor, String needs) {
        jdbc.sql("""
                insert into registration (id, event_id, actor_id, needs_accessible_table, venue_needs, status, version)
                values (:id, :event, :actor, :accessible, :needs, 'REGISTERED', 1)
                """)
                .param("id", UUID.randomUUID())
                .param("event", event.id())
                .param("actor", actor.id())
                .param("accessible", needs != null)
                .param("needs", needs)
                .update();
    }

    private static String venueNeeds(JdbcClient jdbc, RegionalEvent event, Actor actor) {
        return jdbc.sql("select venue_needs from registration where event_id = :event and actor_id = :actor")
                .param("event", event.id())
                .param("actor", actor.id())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }
}
