package no.fellesgrunn.web.organiser.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.web.solver.DemoFacts;
import org.junit.jupiter.api.Test;

class SeatingBoardTest {
    @Test
    void theEnginesSentencesNamePeopleOrganisationsAndChallengesInsteadOfIds() {
        UUID kari = UUID.randomUUID();
        UUID ola = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        UUID challenge = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        SeatingBoard board = new SeatingBoard(
                DemoFacts.bodo().event(),
                null,
                null,
                null,
                Map.of(
                        kari,
                        new SeatingBoard.Person(kari, "Kari Nordmann", Sector.MUNICIPALITY, Set.of(), Set.of(), false),
                        ola,
                        new SeatingBoard.Person(ola, "Ola Ås", Sector.BUSINESS, Set.of(), Set.of(), false)),
                Map.of(challenge, "Ensomhet"),
                Map.of(organisation, "Bodø kommune"));
        assertThat(board.readable(kari + ", " + ola + " er fra samme organisasjon (" + organisation + ")"))
                .isEqualTo("Kari Nordmann, Ola Ås er fra samme organisasjon (Bodø kommune)");
        assertThat(board.readable("du ønsket deg utfordringen " + challenge))
                .isEqualTo("du ønsket deg utfordringen Ensomhet");
        assertThat(board.readable("ukjent " + unknown)).isEqualTo("ukjent " + unknown);
    }

    @Test
    void theBoardNamesWhoNeedsAnAccessibleTableAtOneThatIsNotAndWhoSitsOutMoreThanOnce() {
        var event = DemoFacts.bodo().event();
        var tables = event.tables().toList();
        var inaccessible =
                tables.stream().filter(t -> !t.accessible()).findFirst().orElseThrow();
        var accessible = tables.stream()
                .filter(no.fellesgrunn.domain.event.RoundTable::accessible)
                .findFirst()
                .orElseThrow();
        var rounds = event.rounds();
        UUID wheelchair = UUID.randomUUID();
        UUID walker = UUID.randomUUID();
        UUID sitter = UUID.randomUUID();
        Set<UUID> everyRound = new java.util.HashSet<>(
                rounds.stream().map(no.fellesgrunn.domain.event.Round::id).toList());
        var r1 = rounds.get(0).id();
        var plan = no.fellesgrunn.domain.plan.PlanVersion.draft(
                event.id(),
                1,
                "test",
                java.time.Instant.now(),
                null,
                java.util.List.of(
                        new no.fellesgrunn.domain.plan.Seat(wheelchair, r1, inaccessible.id(), null, false),
                        new no.fellesgrunn.domain.plan.Seat(walker, r1, inaccessible.id(), null, false),
                        new no.fellesgrunn.domain.plan.Seat(sitter, r1, accessible.id(), null, false)));
        SeatingBoard board = new SeatingBoard(
                event,
                plan,
                null,
                null,
                Map.of(
                        wheelchair,
                                new SeatingBoard.Person(wheelchair, "Rolf Rullestol", null, Set.of(), Set.of(r1), true),
                        walker, new SeatingBoard.Person(walker, "Gå Gående", null, Set.of(), Set.of(r1), false),
                        sitter, new SeatingBoard.Person(sitter, "Sitte Over", null, Set.of(), everyRound, true)),
                Map.of(),
                Map.of());

        var cards = board.cards(rounds.get(0));
        var atInaccessible = cards.stream()
                .filter(c -> c.table().equals(inaccessible))
                .findFirst()
                .orElseThrow();
        var atAccessible = cards.stream()
                .filter(c -> c.table().equals(accessible))
                .findFirst()
                .orElseThrow();
        assertThat(board.accessibilityClashes(atInaccessible))
                .extracting(SeatingBoard.Person::name)
                .containsExactly("Rolf Rullestol");
        assertThat(board.accessibilityClashes(atAccessible)).isEmpty();
        // Seated in one of three rounds: sits out two. The others sit out none of theirs.
        assertThat(rounds).hasSizeGreaterThan(2);
        assertThat(board.sittingOutMoreThanOnce())
                .hasSize(1)
                .containsEntry(board.people().get(sitter), rounds.size() - 1);
    }
}
