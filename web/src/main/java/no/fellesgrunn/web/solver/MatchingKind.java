package no.fellesgrunn.web.solver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.plan.MatchDecision;
import no.fellesgrunn.domain.plan.MatchReview;
import no.fellesgrunn.domain.plan.MatchReviewRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.planner.matching.Actor;
import no.fellesgrunn.planner.matching.MatchSlot;
import no.fellesgrunn.planner.matching.MatchingEngine;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.planner.matching.MatchingResult;
import no.fellesgrunn.planner.matching.MatchingSolution;
import no.fellesgrunn.planner.matching.MatchingWeights;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import org.optaplanner.core.config.solver.SolverConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Matching as a solver job: the problem from the people taking part (matches of the same people
 * at other events avoided, declined and rejected pairs excluded); the checkpoint is the list of
 * matched pairs; the result replaces the event's matches (unreviewed, unpublished).
 */
@Component
public class MatchingKind implements SolverKind<MatchingSolution> {
    static final String NAME = "MATCHING";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MatchingEngine engine;
    private final EventFactsLoader factsLoader;
    private final PlanRepository plans;
    private final MatchReviewRepository reviews;
    private final RegionalEventRepository events;
    private final DeclinedPairs declinedPairs;
    private final Duration timeLimit;
    private final Clock clock = Clock.systemUTC();

    public MatchingKind(
            MatchingEngine engine,
            EventFactsLoader factsLoader,
            PlanRepository plans,
            MatchReviewRepository reviews,
            RegionalEventRepository events,
            DeclinedPairs declinedPairs,
            @Value("${fellesgrunn.solver.matching-time-limit:30s}") Duration timeLimit) {
        this.engine = engine;
        this.factsLoader = factsLoader;
        this.plans = plans;
        this.reviews = reviews;
        this.events = events;
        this.declinedPairs = declinedPairs;
        this.timeLimit = timeLimit;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public SolverConfig solverConfig(Duration limit) {
        return engine.solverConfig(limit);
    }

    /** The matching problem of the event as stored now. */
    MatchingProblem problem(RegionalEvent event, int matchesPerActor) {
        return MatchingProblemFactory.problem(
                factsLoader.load(event), matchesPerActor, previousMatches(event.id()), excludedPairs(event.id()));
    }

    @Override
    public Run<MatchingSolution> prepare(SolverJob job, LocalRun local) {
        RegionalEvent event = events.findById(job.eventId())
                .orElseThrow(() ->
                        new AppRefusal(AppError.SOLVER_EVENT_GONE, "the event of solver job " + job.id() + " is gone"));
        int perActor;
        try {
            perActor = JSON.readTree(job.parameters()).path("matchesPerActor").asInt(1);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters of solver job " + job.id() + " are not JSON", e);
        }
        MatchingProblem problem = problem(event, perActor);
        return new Run<>() {
            @Override
            public MatchingSolution start() {
                MatchingSolution start = engine.startingSolution(problem, MatchingWeights.defaults());
                return job.checkpoint() == null ? start : warmStart(start, job.checkpoint());
            }

            @Override
            public String score(MatchingSolution solution) {
                // A warm start has no score yet; scoring the starting plan of matching is cheap.
                return solution.getScore() != null
                        ? solution.getScore().toString()
                        : engine.explain(solution).score().toString();
            }

            @Override
            public String checkpoint(MatchingSolution best) {
                List<List<String>> pairs = best.matches().stream()
                        .map(s -> List.of(s.getFirst().getId(), s.getSecond().getId()))
                        .toList();
                try {
                    return JSON.writeValueAsString(Map.of("pairs", pairs));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Result finish(MatchingSolution best, boolean stopped) {
                MatchingResult result = engine.explain(best);
                List<Match> matches = MatchingProblemFactory.matches(
                        event.id(), result, clock.instant().truncatedTo(ChronoUnit.MICROS));
                plans.replaceMatches(event.id(), matches);
                return new Result(
                        result.score().toString(),
                        matches.size(),
                        result.unmatched().size(),
                        null,
                        null);
            }
        };
    }

    /** The stored pairs in the slots, as far as both people still take part; the other slots empty. */
    static MatchingSolution warmStart(MatchingSolution start, String checkpoint) {
        Map<String, Actor> actors = new HashMap<>();
        start.getActors().forEach(a -> actors.put(a.getId(), a));
        List<MatchSlot> slots = start.getSlots();
        slots.forEach(s -> {
            s.setFirst(null);
            s.setSecond(null);
        });
        int i = 0;
        try {
            for (var pair : JSON.readTree(checkpoint).path("pairs")) {
                Actor a = actors.get(pair.path(0).asText());
                Actor b = actors.get(pair.path(1).asText());
                if (a != null && b != null && i < slots.size()) {
                    slots.get(i).setFirst(a);
                    slots.get(i++).setSecond(b);
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a matching checkpoint is not JSON", e);
        }
        start.setScore(null);
        return start;
    }

    /** Pairs matched at the other events. */
    private List<Set<UUID>> previousMatches(UUID eventId) {
        List<Set<UUID>> previous = new ArrayList<>();
        for (RegionalEvent other : events.findAll()) {
            if (!other.id().equals(eventId)) {
                plans.findMatches(other.id()).forEach(m -> previous.add(Set.of(m.actorA(), m.actorB())));
            }
        }
        return previous;
    }

    /** Declined pairs, and pairs the organiser rejected among this event's current matches. */
    private Set<Set<UUID>> excludedPairs(UUID eventId) {
        Set<Set<UUID>> excluded = new HashSet<>(declinedPairs.declinedPairs());
        Map<UUID, MatchReview> decided = reviews.findByEvent(eventId);
        for (Match match : plans.findMatches(eventId)) {
            MatchReview review = decided.get(match.id());
            if (review != null && review.decision() == MatchDecision.REJECTED) {
                excluded.add(Set.of(match.actorA(), match.actorB()));
            }
        }
        return excluded;
    }
}
