package no.fellesgrunn.planner.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * Seeded, realistic regional events for tests and the benchmark: about one challenge per table
 * (hosted by a municipal employee), a quarter of the participants from municipalities, people in
 * organisations of 1-4, a few who need an accessible table, most with two or three wishes, and some
 * who come for only part of the day.
 */
final class EventGenerator {
    static final List<String> THEMES = List.of(
            "ensomhet",
            "fattigdom",
            "digitalt-utenforskap",
            "frafall-i-skolen",
            "helseulikheter",
            "integrering",
            "klima",
            "utenforskap",
            "bolig",
            "eldre");

    private EventGenerator() {}

    static EventProblem event(long seed, int participantCount, int tableCount, int roundCount) {
        Random random = new Random(seed);
        List<EventProblem.RoundSpec> rounds = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 5, 14, 9, 30);
        for (int r = 0; r < roundCount; r++) {
            rounds.add(new EventProblem.RoundSpec(
                    "r" + (r + 1), start.plusMinutes(75L * r), start.plusMinutes(75L * r + 60)));
        }
        int seatsPerTable = (int) Math.ceil(participantCount * 1.15 / tableCount);
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(new EventProblem.TableSpec(
                    "t" + (t + 1), "Sal " + (char) ('A' + t / 10), seatsPerTable, t % 3 == 0));
        }
        int challengeCount = Math.max(1, tableCount * roundCount / 3);
        Sector[] sectors = Sector.values();
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        int organisation = 0;
        int left = 0;
        Sector orgSector = Sector.MUNICIPALITY;
        for (int i = 0; i < participantCount; i++) {
            if (left == 0) {
                organisation++;
                left = 1 + random.nextInt(4);
                double x = random.nextDouble();
                orgSector = x < 0.25 ? Sector.MUNICIPALITY : sectors[1 + random.nextInt(sectors.length - 1)];
            }
            left--;
            boolean citizen = orgSector == Sector.CITIZEN;
            Set<String> themes = new LinkedHashSet<>();
            int themeCount = 1 + random.nextInt(3);
            while (themes.size() < themeCount) {
                themes.add(THEMES.get(random.nextInt(THEMES.size())));
            }
            Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
            for (Perspective perspective : Perspective.values()) {
                if (random.nextDouble() < 0.3) {
                    perspectives.add(perspective);
                }
            }
            List<String> available = null;
            if (roundCount > 1 && random.nextDouble() < 0.1) {
                List<String> ids = new ArrayList<>(
                        rounds.stream().map(EventProblem.RoundSpec::id).toList());
                ids.remove(random.nextInt(ids.size()));
                available = ids;
            }
            participants.add(new EventProblem.ParticipantSpec(
                    "p" + (i + 1),
                    citizen ? null : "org-" + organisation,
                    orgSector,
                    themes,
                    perspectives,
                    available,
                    List.of(),
                    random.nextDouble() < 0.04));
        }
        List<EventProblem.ChallengeSpec> challenges = new ArrayList<>();
        int hostCursor = 0;
        for (int c = 0; c < challengeCount; c++) {
            String host = null;
            while (hostCursor < participants.size()) {
                EventProblem.ParticipantSpec candidate = participants.get(hostCursor++);
                if (candidate.sector() == Sector.MUNICIPALITY && candidate.availableRounds() == null) {
                    host = candidate.id();
                    break;
                }
            }
            Set<String> themes = new LinkedHashSet<>();
            themes.add(THEMES.get(c % THEMES.size()));
            themes.add(THEMES.get(random.nextInt(THEMES.size())));
            Set<Perspective> needed = EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.DECISION_MAKER);
            if (random.nextBoolean()) {
                needed.add(Perspective.DRIVER);
            }
            challenges.add(new EventProblem.ChallengeSpec("c" + (c + 1), host, themes, needed, 1, roundCount));
        }
        List<EventProblem.ParticipantSpec> withWishes = new ArrayList<>();
        for (EventProblem.ParticipantSpec p : participants) {
            List<String> wishes = new ArrayList<>();
            int wishCount = random.nextDouble() < 0.1 ? 0 : 2 + random.nextInt(2);
            // Wishes follow themes, with a few popular challenges that many want.
            List<String> candidates = new ArrayList<>();
            for (EventProblem.ChallengeSpec challenge : challenges) {
                boolean shares = challenge.themes().stream().anyMatch(p.themes()::contains);
                int copies = (shares ? 3 : 1) + (challenge.id().hashCode() % 4 == 0 ? 2 : 0);
                for (int k = 0; k < copies; k++) {
                    candidates.add(challenge.id());
                }
            }
            while (wishes.size() < Math.min(wishCount, challenges.size())) {
                String wish = candidates.get(random.nextInt(candidates.size()));
                if (!wishes.contains(wish)) {
                    wishes.add(wish);
                }
            }
            withWishes.add(new EventProblem.ParticipantSpec(
                    p.id(),
                    p.organisation(),
                    p.sector(),
                    p.themes(),
                    p.perspectives(),
                    p.availableRounds(),
                    wishes,
                    p.needsAccessible()));
        }
        return new EventProblem(rounds, tables, challenges, withWishes, List.of(), null);
    }

    /** A plain event (see below) whose tables have the given capacities, such as 7, 7, 7, 6, 6, 6, 6. */
    static EventProblem plainEvent(int participantCount, int[] capacities, int roundCount) {
        EventProblem uniform = plainEvent(participantCount, capacities.length, 1, roundCount);
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (int t = 0; t < capacities.length; t++) {
            tables.add(new EventProblem.TableSpec("t" + (t + 1), null, capacities[t], true));
        }
        return new EventProblem(uniform.rounds(), tables, List.of(), uniform.participants(), List.of(), null);
    }

    /** An event with no challenges, themes, sectors or organisations: only "meet new people" matters. */
    static EventProblem plainEvent(int participantCount, int tableCount, int capacity, int roundCount) {
        List<EventProblem.RoundSpec> rounds = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2026, 10, 17, 10, 0);
        for (int r = 0; r < roundCount; r++) {
            rounds.add(new EventProblem.RoundSpec(
                    "r" + (r + 1), start.plusHours(r), start.plusHours(r).plusMinutes(50)));
        }
        List<EventProblem.TableSpec> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(new EventProblem.TableSpec("t" + (t + 1), null, capacity, true));
        }
        List<EventProblem.ParticipantSpec> participants = new ArrayList<>();
        for (int i = 0; i < participantCount; i++) {
            participants.add(new EventProblem.ParticipantSpec(
                    "p" + (i + 1), null, null, Set.of(), Set.of(), null, List.of(), false));
        }
        return new EventProblem(rounds, tables, List.of(), participants, List.of(), null);
    }
}
