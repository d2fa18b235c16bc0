package no.fellesgrunn.web.solver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.fellesgrunn.infra.solverjob.SolverJobChange;
import no.fellesgrunn.planner.scheduling.AvailabilityChanged;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.planner.scheduling.EventSchedule;
import no.fellesgrunn.planner.scheduling.ParticipantArrived;
import no.fellesgrunn.planner.scheduling.ParticipantCancelled;
import org.optaplanner.core.api.solver.change.ProblemChange;

/**
 * Re-planning changes kept with a seating job ({@code solver_job_change}) and how a run applies them.
 * <p>
 * A change is saved to the registration and kept with the job in one transaction; the run may read
 * the event before or after that. So that the result does not depend on when, the run first puts
 * the problem back as it was before each person's first change ({@link #rewind}): someone who
 * arrived is taken out again, someone whose availability changed gets their rounds from before. Then
 * every change is handed to the solver as a problem change, in the order reported ({@link State}):
 * an arrival is seated at a free table and a cancellation frees seats, like on a running solver.
 */
final class ReplanChanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Type {
        CANCELLED,
        ARRIVED,
        AVAILABILITY
    }

    /**
     * One change; {@code rounds} (the rounds the person now comes to) and {@code before} (those
     * they came to before) are round ids in the event's order, only for AVAILABILITY; {@code spec} is
     * the person as they took part before cancelling, only for CANCELLED.
     */
    record Change(
            Type type, String person, List<String> rounds, List<String> before, EventProblem.ParticipantSpec spec) {
        static Change cancelled(EventProblem.ParticipantSpec before) {
            return new Change(Type.CANCELLED, before.id(), null, null, before);
        }

        static Change arrived(String person) {
            return new Change(Type.ARRIVED, person, null, null, null);
        }

        static Change availability(String person, List<String> rounds, List<String> before) {
            return new Change(Type.AVAILABILITY, person, List.copyOf(rounds), List.copyOf(before), null);
        }

        String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        static Change of(SolverJobChange stored) {
            try {
                return JSON.readValue(stored.change(), Change.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(
                        "change " + stored.seq() + " of solver job " + stored.jobId() + " is not a re-planning change",
                        e);
            }
        }
    }

    private ReplanChanges() {}

    static List<Change> parse(List<SolverJobChange> stored) {
        return stored.stream().map(Change::of).toList();
    }

    /**
     * The problem as it was before each person's first change: an arrival is taken out (with their
     * pins, and as host), a changed availability gets its rounds from before, and someone who cancelled
     * is put back (their published seats then free up by their change, exactly as when it comes while
     * solving, instead of being filled when the starting plan is made). The specs of those taken out
     * are put in {@code arrived}, to seat them by their change.
     */
    static EventProblem rewind(
            EventProblem problem, List<Change> changes, Map<String, EventProblem.ParticipantSpec> arrived) {
        Map<String, Change> first = new LinkedHashMap<>();
        changes.forEach(c -> first.putIfAbsent(c.person(), c));
        Set<String> out = new HashSet<>();
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        for (EventProblem.ParticipantSpec spec : problem.participants()) {
            Change change = first.get(spec.id());
            if (change != null && change.type() == Type.ARRIVED) {
                out.add(spec.id());
                arrived.put(spec.id(), spec);
            } else if (change != null && change.type() == Type.AVAILABILITY) {
                participants.add(spec.withAvailableRounds(change.before()));
            } else {
                participants.add(spec);
            }
        }
        Set<String> read = new HashSet<>();
        problem.participants().forEach(p -> read.add(p.id()));
        first.values().stream()
                .filter(c -> c.type() == Type.CANCELLED && c.spec() != null && !read.contains(c.person()))
                .forEach(c -> participants.add(c.spec()));
        if (out.isEmpty()) {
            return problem.withParticipants(participants);
        }
        List<EventProblem.ChallengeSpec> challenges = problem.challenges().stream()
                .map(c -> c.host() != null && out.contains(c.host())
                        ? new EventProblem.ChallengeSpec(
                                c.id(), null, c.themes(), c.neededPerspectives(), c.minRounds(), c.maxRounds())
                        : c)
                .toList();
        List<EventProblem.PinSpec> pins = problem.pinned().stream()
                .filter(p -> p.participant() == null || !out.contains(p.participant()))
                .toList();
        return new EventProblem(
                problem.rounds(), problem.tables(), challenges, participants, pins, problem.publishedPlan());
    }

    /**
     * Who is in a run's problem as its changes are applied, to turn each change into the problem
     * change it still calls for: a cancellation of someone in it, an arrival of someone not in it,
     * an availability change of someone in it. Used by one run at a time.
     */
    static final class State {
        private final Set<String> inProblem = new HashSet<>();
        private final Map<String, EventProblem.ParticipantSpec> specs;
        private final Function<String, Optional<EventProblem.ParticipantSpec>> load;

        /**
         * @param problem the rewound problem
         * @param arrived the specs {@link #rewind} took out
         * @param load    reads a person's spec from the event as stored now (an arrival saved after the problem was read)
         */
        State(
                EventProblem problem,
                Map<String, EventProblem.ParticipantSpec> arrived,
                Function<String, Optional<EventProblem.ParticipantSpec>> load) {
            problem.participants().forEach(p -> inProblem.add(p.id()));
            this.specs = new HashMap<>(arrived);
            this.load = load;
        }

        synchronized List<ProblemChange<EventSchedule>> problemChanges(List<Change> changes) {
            List<ProblemChange<EventSchedule>> result = new ArrayList<>();
            for (Change c : changes) {
                boolean in = inProblem.contains(c.person());
                switch (c.type()) {
                    case CANCELLED -> {
                        if (in) {
                            result.add(new ParticipantCancelled(c.person()));
                            inProblem.remove(c.person());
                        }
                    }
                    case ARRIVED -> {
                        Optional<EventProblem.ParticipantSpec> spec = in
                                ? Optional.empty()
                                : Optional.ofNullable(specs.get(c.person())).or(() -> load.apply(c.person()));
                        spec.ifPresent(s -> {
                            result.add(new ParticipantArrived(s));
                            inProblem.add(c.person());
                        });
                    }
                    case AVAILABILITY -> {
                        if (in) {
                            result.add(new AvailabilityChanged(c.person(), c.rounds()));
                        }
                    }
                }
            }
            return result;
        }
    }
}
