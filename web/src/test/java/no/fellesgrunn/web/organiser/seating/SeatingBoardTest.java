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
        SeatingBoard board = new SeatingBoard(DemoFacts.bodo().event(), null, null, null,
                Map.of(kari, new SeatingBoard.Person(kari, "Kari Nordmann", Sector.MUNICIPALITY, Set.of(), Set.of()),
                        ola, new SeatingBoard.Person(ola, "Ola Ås", Sector.BUSINESS, Set.of(), Set.of())),
                Map.of(challenge, "Ensomhet"), Map.of(organisation, "Bodø kommune"));
        assertThat(board.readable(kari + ", " + ola + " er fra samme organisasjon (" + organisation + ")"))
                .isEqualTo("Kari Nordmann, Ola Ås er fra samme organisasjon (Bodø kommune)");
        assertThat(board.readable("du ønsket deg utfordringen " + challenge)).isEqualTo("du ønsket deg utfordringen Ensomhet");
        assertThat(board.readable("ukjent " + unknown)).isEqualTo("ukjent " + unknown);
    }
}
