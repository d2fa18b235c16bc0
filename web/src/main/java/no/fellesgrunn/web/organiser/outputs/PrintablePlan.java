package no.fellesgrunn.web.organiser.outputs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanStatus;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;

/**
 * A plan version ready for paper and files: every seat with the round, room, table, challenge and
 * person spelled out, ordered by round, room and table.
 */
public record PrintablePlan(RegionalEvent event, PlanVersion plan, List<Line> lines) {

    /** One person at one table in one round. */
    public record Line(
            Round round,
            Room room,
            RoundTable table,
            String challenge,
            UUID actorId,
            String person,
            String organisation,
            String sector,
            boolean pinned) {}

    /** Someone who takes part, as the documents name them. */
    public record Person(String name, String organisation, String sector) {}

    public static PrintablePlan of(
            RegionalEvent event, PlanVersion plan, Map<UUID, Person> people, Map<UUID, String> challengeTitles) {
        List<Line> lines = new ArrayList<>();
        for (Round round : event.rounds()) {
            for (Room room : event.rooms()) {
                for (RoundTable table : room.tables()) {
                    List<Line> here = new ArrayList<>();
                    for (Seat seat : plan.seats()) {
                        if (seat.roundId().equals(round.id()) && seat.tableId().equals(table.id())) {
                            Person person = people.getOrDefault(
                                    seat.actorId(), new Person(seat.actorId().toString(), null, null));
                            here.add(new Line(
                                    round,
                                    room,
                                    table,
                                    seat.challengeId() == null ? null : challengeTitles.get(seat.challengeId()),
                                    seat.actorId(),
                                    person.name(),
                                    person.organisation(),
                                    person.sector(),
                                    seat.pinned()));
                        }
                    }
                    here.sort(Comparator.comparing(Line::person));
                    lines.addAll(here);
                }
            }
        }
        return new PrintablePlan(event, plan, lines);
    }

    public boolean isDraft() {
        return plan.status() == PlanStatus.DRAFT;
    }
}
