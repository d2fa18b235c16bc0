package no.fellesgrunn.web.participant;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.plan.MatchAnswerRepository;
import no.fellesgrunn.web.solver.DeclinedPairs;
import org.springframework.stereotype.Component;

/** A pair one participant declined is never proposed again: the matching solver excludes it. */
@Component
class ParticipantDeclinedPairs implements DeclinedPairs {
    private final MatchAnswerRepository answers;

    ParticipantDeclinedPairs(MatchAnswerRepository answers) {
        this.answers = answers;
    }

    @Override
    public Set<Set<UUID>> declinedPairs() {
        return answers.declinedPairs().stream()
                .map(pair -> Set.of(pair.low(), pair.high()))
                .collect(Collectors.toSet());
    }
}
