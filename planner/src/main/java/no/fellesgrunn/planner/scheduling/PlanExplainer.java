package no.fellesgrunn.planner.scheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * Writes a schedule as a plan people can read: who sits where, what each table lacks, why each
 * participant sits where they sit, why someone has no seat, and the score per constraint.
 * <p>
 * A little over 300 lines: to be rebuilt on the constraints' justifications (issue 11).
 */
final class PlanExplainer {
    private final EventSchedule schedule;
    private final ScoreExplanation<EventSchedule, HardMediumSoftLongScore> explanation;
    private final Map<TableRound, List<Seat>> seatsAt = new HashMap<>();
    private final Map<String, TableRound> tableRoundAt = new HashMap<>();

    PlanExplainer(EventSchedule schedule, ScoreExplanation<EventSchedule, HardMediumSoftLongScore> explanation) {
        this.schedule = schedule;
        this.explanation = explanation;
        for (TableRound tableRound : schedule.getTableRounds()) {
            tableRoundAt.put(key(tableRound.getTable(), tableRound.getRound()), tableRound);
            seatsAt.put(tableRound, new ArrayList<>());
        }
        for (Seat seat : schedule.getSeats()) {
            if (seat.getTable() != null) {
                seatsAt.get(tableRoundAt.get(key(seat.getTable(), seat.getRound())))
                        .add(seat);
            }
        }
        seatsAt.values()
                .forEach(list -> list.sort(Comparator.comparing((Seat seat) -> !isHostHere(seat))
                        .thenComparingInt(seat -> seat.getParticipant().getIndex())));
    }

    EventPlan plan() {
        return new EventPlan(
                explanation.getScore().toString(), seating(), unseated(), participants(), breakdown(), null);
    }

    private List<EventPlan.TableSeating> seating() {
        List<TableRound> ordered = new ArrayList<>(schedule.getTableRounds());
        ordered.sort(Comparator.comparingInt((TableRound tr) -> tr.getRound().getIndex())
                .thenComparingInt(tr -> tr.getTable().getIndex()));
        List<EventPlan.TableSeating> seating = new ArrayList<>();
        for (TableRound tableRound : ordered) {
            List<Seat> seats = seatsAt.get(tableRound);
            if (tableRound.getChallenge() == null && seats.isEmpty()) {
                continue;
            }
            seating.add(new EventPlan.TableSeating(
                    tableRound.getRound().getId(),
                    tableRound.getTable().getId(),
                    tableRound.getTable().getRoom(),
                    tableRound.getChallenge() == null
                            ? null
                            : tableRound.getChallenge().getId(),
                    seats.stream().map(seat -> seat.getParticipant().getId()).toList(),
                    tableWhy(tableRound, seats),
                    lacks(tableRound, seats)));
        }
        return seating;
    }

    /** Why the table is put together so: wishes, shared themes, the mix of sectors and perspectives. */
    private List<Text> tableWhy(TableRound tableRound, List<Seat> seats) {
        List<Text> why = new ArrayList<>();
        Challenge challenge = tableRound.getChallenge();
        int seated = seats.size();
        if (challenge == null) {
            why.add(Text.of("planner.seating.open_table"));
        } else {
            long wished = seats.stream()
                    .filter(seat -> seat.getParticipant().wishRank(challenge) >= 0)
                    .count();
            if (wished > 0) {
                why.add(Text.of("planner.seating.wished", wished, seated, challenge.getId()));
            }
            long sharing = seats.stream()
                    .filter(seat -> seat.getParticipant().sharedThemeCount(challenge) > 0)
                    .count();
            if (sharing > 0) {
                why.add(Text.of("planner.seating.sharing", sharing, seated));
            }
        }
        Set<Sector> sectors = new TreeSet<>();
        Set<Perspective> perspectives = new TreeSet<>();
        seats.forEach(seat -> {
            if (seat.getParticipant().getSector() != null) {
                sectors.add(seat.getParticipant().getSector());
            }
            perspectives.addAll(seat.getParticipant().getPerspectives());
        });
        if (sectors.size() > 1) {
            why.add(Text.of("planner.seating.sectors", sectors.size(), Text.list(sectors)));
        }
        if (!perspectives.isEmpty()) {
            why.add(Text.of("planner.seating.perspectives", Text.list(perspectives)));
        }
        return why;
    }

    /** What the table lacks to have the right people as equals. */
    private List<Text> lacks(TableRound tableRound, List<Seat> seats) {
        List<Text> lacks = new ArrayList<>();
        Challenge challenge = tableRound.getChallenge();
        if (challenge != null) {
            Set<Perspective> present = new HashSet<>();
            seats.forEach(seat -> present.addAll(seat.getParticipant().getPerspectives()));
            for (Perspective needed : challenge.getNeededPerspectives()) {
                if (!present.contains(needed)) {
                    lacks.add(Text.of("planner.seating.no_one_with", needed.name()));
                }
            }
            Participant host = challenge.getHost();
            if (host != null && seats.stream().noneMatch(seat -> seat.getParticipant() == host)) {
                lacks.add(Text.of("planner.seating.host_absent", host.getId()));
            }
        }
        Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
        seats.forEach(seat -> {
            if (seat.getParticipant().getSector() != null) {
                sectors.merge(seat.getParticipant().getSector(), 1, Integer::sum);
            }
        });
        sectors.forEach((sector, count) -> {
            if (2 * count > seats.size() && seats.size() > 1) {
                lacks.add(Text.of("planner.seating.majority", count, seats.size(), sector.name()));
            }
        });
        Map<String, List<String>> byOrganisation = seats.stream()
                .filter(seat -> seat.getParticipant().getOrganisation() != null)
                .collect(Collectors.groupingBy(
                        seat -> seat.getParticipant().getOrganisation(),
                        java.util.TreeMap::new,
                        Collectors.mapping(seat -> seat.getParticipant().getId(), Collectors.toList())));
        byOrganisation.forEach((organisation, people) -> {
            if (people.size() > 1) {
                lacks.add(Text.of("planner.seating.same_organisation", Text.list(people), organisation));
            }
        });
        if (seats.size() > tableRound.getTable().getCapacity()) {
            lacks.add(Text.of("planner.seating.over_capacity"));
        }
        return lacks;
    }

    private List<EventPlan.Unseated> unseated() {
        List<EventPlan.Unseated> unseated = new ArrayList<>();
        for (Seat seat : schedule.getSeats()) {
            if (seat.getTable() == null) {
                unseated.add(new EventPlan.Unseated(
                        seat.getParticipant().getId(), seat.getRound().getId(), unseatedReason(seat)));
            }
        }
        return unseated;
    }

    /** Why no seat: the round has more people than seats, or than accessible seats. */
    private Text unseatedReason(Seat seat) {
        Round round = seat.getRound();
        long present =
                schedule.getSeats().stream().filter(s -> s.getRound() == round).count();
        int capacity =
                schedule.getTables().stream().mapToInt(EventTable::getCapacity).sum();
        if (seat.getParticipant().isNeedsAccessible()) {
            int accessibleSeats = schedule.getTables().stream()
                    .filter(EventTable::isAccessible)
                    .mapToInt(EventTable::getCapacity)
                    .sum();
            long needing = schedule.getSeats().stream()
                    .filter(s -> s.getRound() == round && s.getParticipant().isNeedsAccessible())
                    .count();
            if (accessibleSeats == 0) {
                return Text.of("planner.seating.unseated_no_accessible");
            }
            return Text.of("planner.seating.unseated_accessible_full", accessibleSeats, round.getId(), needing);
        }
        if (present > capacity) {
            return Text.of("planner.seating.unseated_round_full", present, round.getId(), capacity);
        }
        return Text.of("planner.seating.unseated_hard_rule");
    }

    private List<EventPlan.ParticipantSchedule> participants() {
        Map<Participant, List<Seat>> byParticipant = new HashMap<>();
        for (Seat seat : schedule.getSeats()) {
            byParticipant
                    .computeIfAbsent(seat.getParticipant(), p -> new ArrayList<>())
                    .add(seat);
        }
        Map<Participant, Set<Participant>> metBefore = new HashMap<>();
        List<EventPlan.ParticipantSchedule> result = new ArrayList<>();
        List<Seat> allSeats = new ArrayList<>(schedule.getSeats());
        allSeats.sort(Comparator.comparingInt(seat -> seat.getRound().getIndex()));
        Map<Seat, Integer> newPeople = new HashMap<>();
        for (Seat seat : allSeats) {
            if (seat.getTable() == null) {
                continue;
            }
            Set<Participant> met = metBefore.computeIfAbsent(seat.getParticipant(), p -> new HashSet<>());
            int fresh = 0;
            for (Seat other : seatsAt.get(tableRoundOf(seat))) {
                if (other != seat && !met.contains(other.getParticipant())) {
                    fresh++;
                }
            }
            newPeople.put(seat, fresh);
            seatsAt.get(tableRoundOf(seat)).forEach(other -> {
                if (other != seat) {
                    met.add(other.getParticipant());
                }
            });
        }
        for (Participant participant : schedule.getParticipants()) {
            List<Seat> seats = byParticipant.getOrDefault(participant, List.of()).stream()
                    .filter(seat -> seat.getTable() != null)
                    .sorted(Comparator.comparingInt(seat -> seat.getRound().getIndex()))
                    .toList();
            List<EventPlan.SeatReason> reasons = new ArrayList<>();
            for (Seat seat : seats) {
                TableRound tableRound = tableRoundOf(seat);
                reasons.add(new EventPlan.SeatReason(
                        seat.getRound().getId(),
                        seat.getTable().getId(),
                        seat.getTable().getRoom(),
                        tableRound.getChallenge() == null
                                ? null
                                : tableRound.getChallenge().getId(),
                        why(seat, tableRound, newPeople.getOrDefault(seat, 0))));
            }
            result.add(new EventPlan.ParticipantSchedule(participant.getId(), reasons));
        }
        return result;
    }

    /** Why this table: hosting, a pin, a wish, shared themes, a perspective the table needs, new people. */
    private List<Text> why(Seat seat, TableRound tableRound, int newPeople) {
        List<Text> why = new ArrayList<>();
        Participant p = seat.getParticipant();
        Challenge challenge = tableRound.getChallenge();
        if (challenge != null && challenge.getHost() == p) {
            why.add(Text.of("planner.seating.seat_host", challenge.getId()));
        }
        if (seat.isPinned()) {
            why.add(Text.of("planner.seating.seat_pinned"));
        }
        if (challenge == null) {
            why.add(Text.of("planner.seating.seat_open_table"));
        } else {
            int rank = p.wishRank(challenge);
            if (rank >= 0) {
                why.add(Text.of("planner.seating.seat_wish", challenge.getId(), rank + 1));
            }
            Set<String> shared = new TreeSet<>(challenge.getThemes());
            shared.retainAll(p.getThemes());
            if (!shared.isEmpty()) {
                why.add(Text.of("planner.seating.seat_themes", Text.list(shared)));
            }
            for (Perspective perspective : challenge.getNeededPerspectives()) {
                if (p.getPerspectives().contains(perspective)) {
                    why.add(Text.of("planner.seating.seat_perspective", perspective.name()));
                }
            }
        }
        if (seat.isPublished() && seat.getPublishedTable() == seat.getTable()) {
            why.add(Text.of("planner.seating.seat_same_as_published"));
        }
        if (newPeople > 0) {
            why.add(Text.of("planner.seating.seat_new_people", newPeople));
        }
        return why;
    }

    private List<EventPlan.ConstraintScore> breakdown() {
        List<EventPlan.ConstraintScore> breakdown = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
                explanation.getConstraintMatchTotalMap().values()) {
            if (total.getConstraintMatchCount() > 0) {
                breakdown.add(new EventPlan.ConstraintScore(
                        total.getConstraintName(), total.getScore().toString(), total.getConstraintMatchCount()));
            }
        }
        breakdown.sort(Comparator.comparing(EventPlan.ConstraintScore::constraint));
        return breakdown;
    }

    private boolean isHostHere(Seat seat) {
        TableRound tableRound = tableRoundOf(seat);
        return tableRound != null
                && tableRound.getChallenge() != null
                && tableRound.getChallenge().getHost() == seat.getParticipant();
    }

    private TableRound tableRoundOf(Seat seat) {
        return seat.getTable() == null ? null : tableRoundAt.get(key(seat.getTable(), seat.getRound()));
    }

    private static String key(EventTable table, Round round) {
        return table.getId() + "\u0000" + round.getId();
    }
}
