package no.fellesgrunn.planner.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a plan against its problem independently of the solver's own score: the hard and medium rules. */
final class PlanChecks {
    private PlanChecks() {}

    static void assertFeasible(EventProblem problem, EventPlan plan) {
        Map<String, EventProblem.TableSpec> tables = new HashMap<>();
        problem.tables().forEach(t -> tables.put(t.id(), t));
        Map<String, EventProblem.ParticipantSpec> participants = new HashMap<>();
        problem.participants().forEach(p -> participants.put(p.id(), p));
        Set<String> seated = new HashSet<>();
        Map<String, Integer> runs = new HashMap<>();
        Set<String> challengeRounds = new HashSet<>();
        for (EventPlan.TableSeating entry : plan.seating()) {
            EventProblem.TableSpec table = tables.get(entry.table());
            assertThat(entry.participants().size())
                    .as("seats at %s in %s", entry.table(), entry.round())
                    .isLessThanOrEqualTo(table.capacity());
            for (String id : entry.participants()) {
                EventProblem.ParticipantSpec p = participants.get(id);
                assertThat(seated.add(id + "@" + entry.round()))
                        .as("%s sits once in %s", id, entry.round())
                        .isTrue();
                assertThat(p.availableRounds() == null || p.availableRounds().contains(entry.round()))
                        .as("%s is available in %s", id, entry.round())
                        .isTrue();
                if (p.needsAccessible()) {
                    assertThat(table.accessible())
                            .as("%s needs an accessible table", id)
                            .isTrue();
                }
            }
            if (entry.challenge() != null) {
                runs.merge(entry.challenge(), 1, Integer::sum);
                assertThat(challengeRounds.add(entry.challenge() + "@" + entry.round()))
                        .as("%s at one table in %s", entry.challenge(), entry.round())
                        .isTrue();
                EventProblem.ChallengeSpec challenge = problem.challenges().stream()
                        .filter(c -> c.id().equals(entry.challenge()))
                        .findFirst()
                        .orElseThrow();
                if (challenge.host() != null) {
                    assertThat(entry.participants())
                            .as("host of %s in %s", challenge.id(), entry.round())
                            .contains(challenge.host());
                }
            }
        }
        for (EventProblem.ChallengeSpec challenge : problem.challenges()) {
            assertThat(runs.getOrDefault(challenge.id(), 0))
                    .as("rounds of %s", challenge.id())
                    .isBetween(challenge.minRounds(), challenge.maxRounds());
        }
        // Medium: everyone available has a seat.
        for (EventProblem.ParticipantSpec p : problem.participants()) {
            List<String> rounds = p.availableRounds() != null
                    ? p.availableRounds()
                    : problem.rounds().stream().map(EventProblem.RoundSpec::id).toList();
            for (String round : rounds) {
                assertThat(seated).as("%s has a seat in %s", p.id(), round).contains(p.id() + "@" + round);
            }
        }
        assertThat(plan.unseated()).isEmpty();
        assertThat(plan.score()).startsWith("0hard/0medium/");
    }

    /** Number of (pair, extra round) repeats: pairs who share a table in more than one round. */
    static int repeatedPairs(EventPlan plan) {
        Map<String, Integer> together = new HashMap<>();
        for (EventPlan.TableSeating entry : plan.seating()) {
            List<String> people = entry.participants();
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    String a = people.get(i);
                    String b = people.get(j);
                    together.merge(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a, 1, Integer::sum);
                }
            }
        }
        return together.values().stream().mapToInt(n -> n - 1).sum();
    }

    /** Participant → round → table of a plan. */
    static Map<String, String> tableOf(EventPlan plan) {
        Map<String, String> tables = new HashMap<>();
        for (EventPlan.TableSeating entry : plan.seating()) {
            entry.participants().forEach(p -> tables.put(p + "@" + entry.round(), entry.table()));
        }
        return tables;
    }
}
