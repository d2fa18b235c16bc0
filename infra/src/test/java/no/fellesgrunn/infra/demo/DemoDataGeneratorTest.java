package no.fellesgrunn.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceCatalog;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import no.fellesgrunn.domain.registration.HostRule;
import no.fellesgrunn.domain.registration.Registration;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTest {
    private final DemoData data = DemoDataGenerator.standard();

    private RegionalEvent event(String name) {
        return data.events().stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertThat(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(120))
                .isEqualTo(data);
        assertThat(new DemoDataGenerator(7).generate(120).actors()).isNotEqualTo(data.actors());
    }

    @Test
    void bodoHasThreeRoundsTwelveTablesOfEightInThreeRoomsAndTwelveChallenges() {
        RegionalEvent bodo = event(DemoDataGenerator.BODO_EVENT);
        assertThat(bodo.rounds()).hasSize(3);
        assertThat(bodo.rooms()).hasSize(3);
        assertThat(bodo.tables().toList()).hasSize(12).allSatisfy(t -> assertThat(t.capacity())
                .isEqualTo(8));
        assertThat(bodo.tables().anyMatch(RoundTable::accessible)).isTrue();
        assertThat(bodo.challenges()).hasSize(12);
        assertThat(bodo.counties()).containsExactly("18");
        assertThat(data.registrationsFor(bodo)).hasSize(120);
    }

    @Test
    void bodoChallengesAreOwnedByTwelveRealNordlandMunicipalities() {
        RegionalEvent bodo = event(DemoDataGenerator.BODO_EVENT);
        Map<UUID, Challenge> byId =
                data.challenges().stream().collect(Collectors.toMap(Challenge::id, Function.identity()));
        Set<String> owners = bodo.challenges().stream()
                .map(s -> byId.get(s.challengeId()).ownerMunicipality())
                .collect(Collectors.toSet());
        assertThat(owners).hasSize(12).contains("1804");
        Set<String> nordland = ReferenceCatalog.norway().municipalitiesInCounty("18").stream()
                .map(Municipality::number)
                .collect(Collectors.toSet());
        assertThat(nordland).containsAll(owners);
        assertThat(data.challenges())
                .allSatisfy(c -> assertThat(ThemeVocabulary.curatedKeys()).containsAll(c.themes()));
    }

    @Test
    void participantsComeFromEverySectorAndPerspective() {
        RegionalEvent bodo = event(DemoDataGenerator.BODO_EVENT);
        Map<UUID, Actor> actors = data.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        Map<UUID, Organisation> orgs =
                data.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Set<Sector> sectors = data.registrationsFor(bodo).stream()
                .map(r -> Actor.sectorOf(orgs.get(actors.get(r.actorId()).organisationId())))
                .collect(Collectors.toSet());
        assertThat(sectors).containsExactlyInAnyOrder(Sector.values());
        Set<Perspective> perspectives = data.registrationsFor(bodo).stream()
                .flatMap(r -> actors.get(r.actorId()).perspectives().stream())
                .collect(Collectors.toSet());
        assertThat(perspectives).containsExactlyInAnyOrder(Perspective.values());
    }

    @Test
    void theDataKeepsTheDomainRules() {
        Map<UUID, Actor> actors = data.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        assertThat(data.actors().stream().map(Actor::email).distinct())
                .hasSize(data.actors().size());
        for (RegionalEvent event : data.events()) {
            var registrations = data.registrationsFor(event);
            registrations.forEach(r -> r.checkAgainst(event));
            HostRule.requireHostsRegistered(event, data.challenges(), registrations);
            assertThat(registrations).allSatisfy(r -> assertThat(actors).containsKey(r.actorId()));
            assertThat(registrations.stream().map(Registration::actorId).distinct())
                    .hasSize(registrations.size());
        }
        Set<UUID> orgIds = data.organisations().stream().map(Organisation::id).collect(Collectors.toSet());
        assertThat(data.actors()).allSatisfy(a -> {
            if (a.organisationId() != null) {
                assertThat(orgIds).contains(a.organisationId());
            }
        });
        assertThat(data.registrations()).anySatisfy(r -> assertThat(r.wishes()).isNotEmpty());
        assertThat(data.registrations())
                .anySatisfy(r -> assertThat(r.availableRounds()).hasSizeLessThan(3));
    }

    @Test
    void agderIsASmallerEventInAgder() {
        RegionalEvent agder = event(DemoDataGenerator.AGDER_EVENT);
        assertThat(agder.counties()).containsExactly("42");
        assertThat(data.registrationsFor(agder)).hasSize(40);
        assertThat(agder.venue().municipalityNumber()).startsWith("42");
    }

    @Test
    void scalesToLargeSizes() {
        DemoData big = new DemoDataGenerator(1).generate(5000);
        RegionalEvent bodo = big.events().get(0);
        assertThat(big.registrationsFor(bodo)).hasSize(5000);
        assertThat(bodo.tables().count()).isEqualTo(500);
        assertThat(big.actors().stream().map(Actor::email).distinct())
                .hasSize(big.actors().size());
        assertThat(big.challenges().stream()
                        .map(c -> c.title() + c.ownerMunicipality())
                        .distinct())
                .hasSize(big.challenges().size());
    }
}
