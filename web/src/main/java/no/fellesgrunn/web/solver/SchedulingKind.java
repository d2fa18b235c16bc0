package no.fellesgrunn.web.solver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.solverjob.SolverJob;
import no.fellesgrunn.infra.solverjob.SolverJobChange;
import no.fellesgrunn.planner.scheduling.Challenge;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.planner.scheduling.EventSchedule;
import no.fellesgrunn.planner.scheduling.EventTable;
import no.fellesgrunn.planner.scheduling.PlanDiff;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import no.fellesgrunn.planner.scheduling.SchedulingWeights;
import no.fellesgrunn.planner.scheduling.TableRound;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.config.solver.SolverConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seating as a solver job: the problem from the event as stored (pinned seats of the latest plan
 * version kept; a published plan changed as little as the rules allow); the checkpoint is every
 * seat's table and every table's challenge per round; the result is a new draft plan version.
 */
@Component
public class SchedulingKind implements SolverKind<EventSchedule> {
    static final String NAME = "SCHEDULING";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SchedulingEngine engine;
    private final Duration unimprovedLimit;
    private final EventFactsLoader factsLoader;
    private final PlanRepository plans;
    private final RegionalEventRepository events;
    private final Duration timeLimit;
    private final Map<UUID, EventPlan> lastPlans = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public SchedulingKind(
            SchedulingEngine engine,
            EventFactsLoader factsLoader,
            PlanRepository plans,
            RegionalEventRepository events,
            @Value("${fellesgrunn.solver.scheduling-time-limit:60s}") Duration timeLimit,
            @Value("${fellesgrunn.solver.scheduling-unimproved-limit:10s}") Duration unimprovedLimit) {
        this.engine = engine;
        this.unimprovedLimit = unimprovedLimit;
        this.factsLoader = factsLoader;
        this.plans = plans;
        this.events = events;
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
        // A run ends at its time limit, or sooner when its score has not improved for a while.
        return engine.solverConfig(limit, unimprovedLimit);
    }

    /** The explained plan of the event's last job finished on this node since start-up. */
    Optional<EventPlan> lastPlan(UUID eventId) {
        return Optional.ofNullable(lastPlans.get(eventId));
    }

    @Override
    public Run<EventSchedule> prepare(SolverJob job, LocalRun local) {
        RegionalEvent event = events.findById(job.eventId())
                .orElseThrow(() ->
                        new AppRefusal(AppError.SOLVER_EVENT_GONE, "the event of solver job " + job.id() + " is gone"));
        List<PlanVersion> versions = plans.findByEvent(event.id());
        List<Seat> pins = versions.isEmpty()
                ? List.of()
                : versions.get(versions.size() - 1).seats().stream()
                        .filter(Seat::pinned)
                        .toList();
        EventPlan published = plans.findPublished(event.id())
                .map(p -> PlanMapping.eventPlan(event, p.seats()))
                .orElse(null);
        EventProblem read = EventProblemFactory.problem(factsLoader.load(event), pins, published);
        // Changes reported with the job are read after the event, so each one either is in what was
        // read or comes later; the problem is put back as before them, and they come as problem changes.
        Map<String, EventProblem.ParticipantSpec> arrived = new HashMap<>();
        EventProblem problem = ReplanChanges.rewind(read, ReplanChanges.parse(local.reportedSoFar()), arrived);
        ReplanChanges.State changes = new ReplanChanges.State(
                problem,
                arrived,
                person -> EventProblemFactory.problem(factsLoader.load(event), List.of(), null).participants().stream()
                        .filter(p -> p.id().equals(person))
                        .findFirst());
        Set<String> pinnedKeys = new HashSet<>();
        problem.pinned().stream()
                .filter(p -> p.participant() != null)
                .forEach(p -> pinnedKeys.add(p.participant() + "/" + p.round()));
        return new Run<>() {
            @Override
            public EventSchedule start() {
                EventSchedule start = engine.startingSolution(problem, SchedulingWeights.defaults());
                return job.checkpoint() == null ? start : warmStart(start, job.checkpoint());
            }

            @Override
            public String score(EventSchedule solution) {
                return solution.getScore() == null ? null : solution.getScore().toString();
            }

            @Override
            public String checkpoint(EventSchedule best) {
                // Unseated people too (table null), so a warm start gives exactly this plan.
                List<List<String>> seats = new ArrayList<>();
                best.getSeats()
                        .forEach(s -> seats.add(java.util.Arrays.asList(
                                s.getParticipant().getId(),
                                s.getRound().getId(),
                                s.getTable() == null ? null : s.getTable().getId())));
                List<List<String>> challenges = new ArrayList<>();
                best.getTableRounds().stream()
                        .filter(t -> t.getChallenge() != null)
                        .forEach(t -> challenges.add(List.of(
                                t.getTable().getId(),
                                t.getRound().getId(),
                                t.getChallenge().getId())));
                try {
                    return JSON.writeValueAsString(Map.of("seats", seats, "challenges", challenges));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<ProblemChange<EventSchedule>> changes(List<SolverJobChange> reported) {
                return changes.problemChanges(ReplanChanges.parse(reported));
            }

            @Override
            public Result finish(EventSchedule best, boolean stopped) {
                EventPlan plan = engine.explain(best);
                Integer toTell = null;
                if (published != null) {
                    plan = plan.withChanges(PlanDiff.between(published, PlanMapping.seatedOnly(plan)));
                    toTell = plan.changes().peopleToTell();
                }
                List<Seat> seats = PlanMapping.seats(plan, pinnedKeys);
                int number = plans.findByEvent(event.id()).stream()
                                .mapToInt(PlanVersion::number)
                                .max()
                                .orElse(0)
                        + 1;
                PlanVersion draft = plans.save(
                        PlanVersion.draft(
                                event.id(),
                                number,
                                job.requestedBy(),
                                clock.instant().truncatedTo(ChronoUnit.MICROS),
                                plan.score(),
                                seats),
                        job.requestedBy());
                lastPlans.put(event.id(), plan);
                return new Result(plan.score(), seats.size(), plan.unseated().size(), toTell, draft.id());
            }
        };
    }

    /**
     * The checkpoint's choices on the starting plan: each table's challenge and each person's table
     * per round, where the seat or table is not pinned and the ids still exist in the event.
     */
    static EventSchedule warmStart(EventSchedule start, String checkpoint) {
        JsonNode stored;
        try {
            stored = JSON.readTree(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a seating checkpoint is not JSON", e);
        }
        Map<String, EventTable> tables = new HashMap<>();
        start.getTables().forEach(t -> tables.put(t.getId(), t));
        Map<String, Challenge> challenges = new HashMap<>();
        start.getChallenges().forEach(c -> challenges.put(c.getId(), c));
        Map<String, String> challengeOf = new HashMap<>();
        stored.path("challenges")
                .forEach(c -> challengeOf.put(
                        c.path(0).asText() + "/" + c.path(1).asText(), c.path(2).asText()));
        for (TableRound tableRound : start.getTableRounds()) {
            String key =
                    tableRound.getTable().getId() + "/" + tableRound.getRound().getId();
            if (!tableRound.isPinned()) {
                tableRound.setChallenge(challengeOf.containsKey(key) ? challenges.get(challengeOf.get(key)) : null);
            }
        }
        Map<String, String> tableOf = new HashMap<>();
        stored.path("seats")
                .forEach(s -> tableOf.put(
                        s.path(0).asText() + "/" + s.path(1).asText(),
                        s.path(2).isNull() ? null : s.path(2).asText()));
        for (var seat : start.getSeats()) {
            String key = seat.getParticipant().getId() + "/" + seat.getRound().getId();
            if (!seat.isPinned() && tableOf.containsKey(key)) {
                String table = tableOf.get(key);
                seat.setTable(table == null ? null : tables.get(table));
            }
        }
        start.setScore(null);
        return start;
    }
}
