package no.fellesgrunn.infra.spreadsheet;

import static no.fellesgrunn.infra.spreadsheet.Sheets.csv;
import static no.fellesgrunn.infra.spreadsheet.Sheets.text;
import static no.fellesgrunn.infra.spreadsheet.Sheets.validActor;
import static no.fellesgrunn.infra.spreadsheet.Sheets.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Actors are shared across events, so an organiser's file must never rewrite a profile that is not
 * theirs to look after, and a preview must not tell whether an e-mail address is known elsewhere
 * (issue 13's finding "any organiser can overwrite any person's profile through an import").
 */
@PostgresTest
class ImportOwnershipDbTest {
    private final DataSource dataSource;
    private final ImportService imports;
    private final JdbcActorRepository actors;
    private final JdbcRegistrationRepository registrations;
    private RegionalEvent bodo;
    private RegionalEvent agder;
    private ProfileSteward bodoOrganiser;
    private ProfileSteward agderOrganiser;

    ImportOwnershipDbTest(DataSource dataSource) {
        this.dataSource = dataSource;
        this.imports = new ImportService(dataSource);
        this.actors = new JdbcActorRepository(dataSource);
        this.registrations = new JdbcRegistrationRepository(dataSource);
    }

    @BeforeEach
    void demoData() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        var events = new JdbcRegionalEventRepository(dataSource);
        bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        agder = events.findByName(DemoDataGenerator.AGDER_EVENT).orElseThrow();
        bodoOrganiser = ProfileSteward.organiserOf(Set.of(bodo.id()));
        agderOrganiser = ProfileSteward.organiserOf(Set.of(agder.id()));
    }

    /** A Bodø participant without a login who takes part in Bodø only, with some consents given. */
    private Actor bodoOnlyParticipant() {
        Map<UUID, Set<UUID>> eventsByActor = registrations.eventsByActor();
        Actor actor = registrations.findByEvent(bodo.id()).stream()
                .map(r -> actors.findById(r.actorId()).orElseThrow())
                .filter(a ->
                        a.userAccountId() == null && eventsByActor.get(a.id()).equals(Set.of(bodo.id())))
                .filter(a -> a.organisationId() != null)
                .findFirst()
                .orElseThrow();
        Actor consenting = new Actor(
                actor.id(),
                actor.name(),
                actor.email(),
                "+47 900 00 001",
                actor.organisationId(),
                actor.roleTitle(),
                actor.homeMunicipality(),
                actor.themes(),
                actor.perspectives(),
                actor.languages(),
                actor.accessibilityNeeds(),
                new Consent(true, false, true),
                null,
                actor.version());
        return actors.save(consenting, "test");
    }

    private static Map<String, String> rewriteOf(Actor victim) {
        return with(
                with(with(validActor(victim.email().value()), "name", "Endret Navn"), "phone", "+47 999 99 999"),
                "show_phone",
                "ja");
    }

    @Test
    void anOrganiserOfAnotherEventCannotRewriteAProfileAndThePreviewLooksAsForAStranger() {
        Actor victim = bodoOnlyParticipant();
        byte[] attack = csv(rewriteOf(victim));
        byte[] stranger = csv(rewriteOf(victim).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey,
                        e -> e.getKey().equals("email") ? "ukjent.person@example.org" : e.getValue(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new)));

        ImportReport preview = imports.preview(SheetKind.ACTORS, "a.csv", attack, agder.id(), agderOrganiser);
        ImportReport strangerPreview = imports.preview(SheetKind.ACTORS, "a.csv", stranger, agder.id(), agderOrganiser);
        assertThat(preview).usingRecursiveComparison().isEqualTo(strangerPreview);
        assertThat(preview.created()).isEqualTo(1);
        assertThat(preview.updated()).isZero();

        ImportReport report =
                imports.importFile(SheetKind.ACTORS, "a.csv", attack, agder.id(), "agder@ks.example", agderOrganiser);
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        assertThat(actors.findById(victim.id())).contains(victim);
        assertThat(registrations.findByEventAndActor(agder.id(), victim.id())).isPresent();
    }

    @Test
    void aPersonWithALoginKeepsTheirProfileEvenInTheirOwnOrganisersFile() {
        Actor victim = bodoOnlyParticipant();
        UUID account = UUID.randomUUID();
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        sql.update(
                "insert into user_account (id, username, display_name, password_hash) values (?, ?, ?, 'x')",
                account,
                victim.email().value(),
                victim.name());
        sql.update("update actor set user_account_id = ? where id = ?", account, victim.id());
        Actor withLogin = actors.findById(victim.id()).orElseThrow();

        ImportReport report = imports.importFile(
                SheetKind.ACTORS, "a.csv", csv(rewriteOf(victim)), bodo.id(), "bodo@ks.example", bodoOrganiser);
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        assertThat(report.keptProfiles()).isEqualTo(1);
        assertThat(actors.findById(victim.id())).contains(withLogin);
    }

    @Test
    void theOrganiserLooksAfterAPersonWithoutLoginInTheirOwnEventOnly() {
        Actor person = bodoOnlyParticipant();
        ImportReport report = imports.importFile(
                SheetKind.ACTORS, "a.csv", csv(rewriteOf(person)), bodo.id(), "bodo@ks.example", bodoOrganiser);
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        assertThat(report.keptProfiles()).isZero();
        Actor changed = actors.findById(person.id()).orElseThrow();
        assertThat(changed.name()).isEqualTo("Endret Navn");
        assertThat(changed.phone()).isEqualTo("+47 999 99 999");
        assertThat(changed.consent().showPhone()).isTrue();
    }

    @Test
    void aMinimalFileKeepsTheConsentsItDoesNotMention() {
        Actor person = bodoOnlyParticipant();
        String file = "name;email;municipality\n" + person.name() + ";"
                + person.email().value() + ";" + person.homeMunicipality() + "\n";
        ImportReport report =
                imports.importFile(SheetKind.ACTORS, "a.csv", text(file), bodo.id(), "bodo@ks.example", bodoOrganiser);
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        Actor after = actors.findById(person.id()).orElseThrow();
        assertThat(after.consent()).isEqualTo(new Consent(true, false, true));
        assertThat(after.phone()).isEqualTo("+47 900 00 001");
        assertThat(after.organisationId()).isEqualTo(person.organisationId());
    }

    @Test
    void anOrganiserCannotRenameASharedOrganisationThroughAFile() {
        Actor person = bodoOnlyParticipant();
        var organisations = new JdbcOrganisationRepository(dataSource);
        Organisation org = organisations.findById(person.organisationId()).orElseThrow();
        String otherSector = org.sector() == no.fellesgrunn.domain.actor.Sector.BUSINESS ? "RESEARCH" : "BUSINESS";
        Map<String, String> row =
                with(with(validActor("ny.person@example.org"), "organisation", org.name()), "sector", otherSector);
        ImportReport report =
                imports.importFile(SheetKind.ACTORS, "a.csv", csv(row), agder.id(), "agder@ks.example", agderOrganiser);
        assertThat(report.ok()).as(report.errors().toString()).isTrue();
        assertThat(organisations.findById(org.id())).contains(org);
    }

    @Test
    void onlyAnAdminImportsPeopleWithoutAnEvent() {
        ImportReport report = imports.importFile(
                SheetKind.ACTORS,
                "a.csv",
                csv(validActor("fri@example.org")),
                null,
                "agder@ks.example",
                agderOrganiser);
        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).extracting(ImportError::row).containsExactly(0);
        assertThat(actors.findByEmail(no.fellesgrunn.domain.actor.Email.of("fri@example.org")))
                .isEmpty();
    }
}
