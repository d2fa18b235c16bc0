package no.fellesgrunn.planner.scheduling;

import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a scheduling constraint matched, by ids: the participants, tables, round and challenge
 * involved, a detail where one rule needs it (the missing perspective, the shared organisation,
 * the published table or challenge) and the count behind the points (seats at a table, rounds
 * together, a wish's points ...). Every constraint of {@link SchedulingConstraints} justifies its
 * matches with one, so what an explanation reads from a score explanation is what the score counted.
 */
public record SeatingJustification(
        List<String> participants, List<String> tables, String round, String challenge, String detail, long count)
        implements ConstraintJustification {

    public SeatingJustification {
        participants = List.copyOf(participants);
        tables = List.copyOf(tables);
    }

    static SeatingJustification of(
            List<Participant> participants,
            List<EventTable> tables,
            Round round,
            Challenge challenge,
            String detail,
            long count) {
        return new SeatingJustification(
                participants.stream().map(Participant::getId).toList(),
                tables.stream().filter(Objects::nonNull).map(EventTable::getId).toList(),
                round == null ? null : round.getId(),
                challenge == null ? null : challenge.getId(),
                detail,
                count);
    }

    /** A participant in a round (at a table, or none). */
    static SeatingJustification seat(Seat seat, Challenge challenge, String detail, long count) {
        return of(
                List.of(seat.getParticipant()),
                seat.getTable() == null ? List.of() : List.of(seat.getTable()),
                seat.getRound(),
                challenge,
                detail,
                count);
    }

    /** A table in a round. */
    static SeatingJustification table(EventTable table, Round round, Challenge challenge, String detail, long count) {
        return of(List.of(), List.of(table), round, challenge, detail, count);
    }

    /** A challenge over the whole event. */
    static SeatingJustification challenge(Challenge challenge, long count) {
        return of(List.of(), List.of(), null, challenge, null, count);
    }

    /** One or two participants over the whole event. */
    static SeatingJustification people(List<Participant> participants, Challenge challenge, long count) {
        return of(participants, List.of(), null, challenge, null, count);
    }
}
