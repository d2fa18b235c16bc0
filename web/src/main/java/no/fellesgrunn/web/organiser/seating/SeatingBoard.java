package no.fellesgrunn.web.organiser.seating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.planner.scheduling.EventPlan;

/**
 * What the seating page shows: the event, the latest plan version (draft or published, or none
 * yet), the published version, the engine's reading of the latest plan (score, score per
 * constraint, what each table lacks) and who the people and challenges are.
 */
public record SeatingBoard(
        RegionalEvent event,
        PlanVersion plan,
        PlanVersion published,
        EventPlan evaluation,
        Map<UUID, Person> people,
        Map<UUID, String> challengeTitles,
        Map<UUID, String> organisationNames) {
    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * The engine's sentences name people, challenges and organisations by id (the planner knows
     * nothing else); for people they become names and titles.
     */
    public String readable(String text) {
        return UUID_TEXT.matcher(text).replaceAll(match -> {
            UUID id = UUID.fromString(match.group());
            String name = people.containsKey(id)
                    ? people.get(id).name()
                    : challengeTitles.getOrDefault(id, organisationNames.getOrDefault(id, match.group()));
            return java.util.regex.Matcher.quoteReplacement(name);
        });
    }

    /**
     * A participant as the board shows them: name with sector and perspectives as text badges.
     *
     * @param needsAccessibleTable registered as needing an accessible table (wheelchair and the like)
     */
    public record Person(
            UUID actorId,
            String name,
            Sector sector,
            Set<Perspective> perspectives,
            Set<UUID> availableRounds,
            boolean needsAccessibleTable) {}

    /** People at the card's table who need an accessible table that this one is not. */
    public List<Person> accessibilityClashes(TableCard card) {
        if (card.table().accessible()) {
            return List.of();
        }
        return card.seats().stream()
                .map(s -> people.get(s.actorId()))
                .filter(p -> p != null && p.needsAccessibleTable())
                .toList();
    }

    /** How many of their rounds each person sits out, for those who sit out more than one. */
    public Map<Person, Integer> sittingOutMoreThanOnce() {
        if (plan == null) {
            return Map.of();
        }
        Map<UUID, Set<UUID>> seatedRounds = new java.util.HashMap<>();
        plan.seats().forEach(s -> seatedRounds
                .computeIfAbsent(s.actorId(), k -> new java.util.HashSet<>())
                .add(s.roundId()));
        Map<Person, Integer> result = new java.util.TreeMap<>(
                java.util.Comparator.comparing(Person::name).thenComparing(Person::actorId));
        for (Person person : people.values()) {
            long out = person.availableRounds().stream()
                    .filter(r -> !seatedRounds
                            .getOrDefault(person.actorId(), Set.of())
                            .contains(r))
                    .count();
            if (out > 1) {
                result.put(person, (int) out);
            }
        }
        return result;
    }

    /** One table in one round: its challenge, room, people (seats) and warnings. */
    public record TableCard(
            Round round,
            Room room,
            RoundTable table,
            UUID challengeId,
            List<Seat> seats,
            List<no.fellesgrunn.planner.scheduling.Text> warnings) {}

    public Optional<PlanVersion> latest() {
        return Optional.ofNullable(plan);
    }

    public boolean isDraft() {
        return plan != null && plan.status() == PlanStatus.DRAFT;
    }

    /** The cards of a round, in room and table order, each with its seats in plan order. */
    public List<TableCard> cards(Round round) {
        List<Seat> seats = plan == null ? List.of() : plan.seats();
        return event.rooms().stream()
                .flatMap(room -> room.tables().stream().map(table -> {
                    List<Seat> here = seats.stream()
                            .filter(s -> s.roundId().equals(round.id())
                                    && s.tableId().equals(table.id()))
                            .toList();
                    UUID challenge = here.isEmpty() ? null : here.get(0).challengeId();
                    return new TableCard(round, room, table, challenge, here, warnings(round, table));
                }))
                .toList();
    }

    private List<no.fellesgrunn.planner.scheduling.Text> warnings(Round round, RoundTable table) {
        if (evaluation == null) {
            return List.of();
        }
        return evaluation.seating().stream()
                .filter(s -> s.round().equals(round.id().toString())
                        && s.table().equals(table.id().toString()))
                .findFirst()
                .map(EventPlan.TableSeating::lacks)
                .orElse(List.of());
    }

    /** People available in a round who have no seat in it. */
    public List<Person> unseated(Round round) {
        if (plan == null) {
            return List.of();
        }
        Set<UUID> seated = new java.util.HashSet<>();
        plan.seats().stream().filter(s -> s.roundId().equals(round.id())).forEach(s -> seated.add(s.actorId()));
        return people.values().stream()
                .filter(p -> p.availableRounds().contains(round.id()) && !seated.contains(p.actorId()))
                .sorted(java.util.Comparator.comparing(Person::name))
                .toList();
    }

    public String nameOf(UUID actorId) {
        Person person = people.get(actorId);
        return person == null ? actorId.toString() : person.name();
    }
}
