package no.fellesgrunn.web.outcome;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.web.participant.CoffeeChats;
import no.fellesgrunn.web.participant.NotFoundException;
import no.fellesgrunn.web.participant.ParticipantClock;
import no.fellesgrunn.web.participant.StepCard;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Every next step I own, across events: from the outcomes of the tables I sat at and from my
 * coffee chats. Open steps first, soonest due first. A table's step moves through all four
 * statuses; a coffee chat's step is done or not (the coffee chat keeps only that).
 */
@Service
public class MyCommitments {
    private final CurrentUser currentUser;
    private final ActorRepository actors;
    private final TableOutcomeRepository outcomes;
    private final TableOutcomes tables;
    private final CoffeeChats chats;
    private final ParticipantClock clock;

    public MyCommitments(
            CurrentUser currentUser,
            ActorRepository actors,
            TableOutcomeRepository outcomes,
            TableOutcomes tables,
            CoffeeChats chats,
            ParticipantClock clock) {
        this.currentUser = currentUser;
        this.actors = actors;
        this.outcomes = outcomes;
        this.tables = tables;
        this.chats = chats;
        this.clock = clock;
    }

    /** A function from a table to its description in words, given by the view in the reader's language. */
    public interface Describe {
        String table(String eventName, int round, String table, String challenge);
    }

    @RolesAllowed("PARTICIPANT")
    public List<Commitment> mine(Describe describe) {
        Actor me = me();
        List<Commitment> result = new ArrayList<>();
        for (TableOutcome outcome : outcomes.findByStepOwner(me.id())) {
            TableKey key = new TableKey(outcome.eventId(), outcome.roundId(), outcome.tableId());
            String from;
            try {
                OutcomeSheet sheet = tables.open(key);
                from = describe.table(sheet.eventName(), sheet.round(), sheet.table(), sheet.challenge());
            } catch (NotFoundException moved) {
                // No longer seated there (a re-plan moved me): the step stays mine, but the table is not shown.
                key = null;
                from = null;
            }
            for (TableStep step : outcome.steps()) {
                if (step.owner().isPerson(me.id())) {
                    result.add(new Commitment(
                            key,
                            null,
                            step.id(),
                            step.what(),
                            step.due(),
                            step.status(),
                            step.overdue(clock.today()),
                            from,
                            step.joining()));
                }
            }
        }
        for (StepCard step : chats.mine().stream()
                .flatMap(c -> c.steps().stream())
                .filter(StepCard::mine)
                .toList()) {
            result.add(new Commitment(
                    null,
                    step.chatId(),
                    step.stepId(),
                    step.what(),
                    step.due(),
                    step.done() ? StepStatus.DONE : StepStatus.NOT_STARTED,
                    step.overdue(),
                    step.withWhom(),
                    null));
        }
        result.sort(Comparator.comparing((Commitment c) -> !c.status().open())
                .thenComparing(Commitment::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    /** Moves one of my table steps on. */
    @RolesAllowed("PARTICIPANT")
    public void move(TableKey key, UUID stepId, StepStatus target) {
        tables.moveStep(key, stepId, target);
    }

    /** Ticks off one of my coffee-chat steps. */
    @RolesAllowed("PARTICIPANT")
    public void chatStepDone(UUID chatId, UUID stepId) {
        chats.markStepDone(chatId, stepId);
    }

    private Actor me() {
        return currentUser
                .account()
                .flatMap(a -> actors.findByUserAccount(a.id()))
                .orElseThrow(() -> new NotFoundException("participant"));
    }
}
