package no.fellesgrunn.web.organiser.followup;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.outcome.TableKey;
import no.fellesgrunn.web.participant.ParticipantClock;
import org.springframework.stereotype.Service;

/**
 * The organiser's follow-up board: for every event they organise, each challenge's tables and
 * rounds with the next steps their outcomes proposed, owner, due date and status, over time.
 * Only the signed-in organiser's own events (through {@link OrganiserEvents}).
 */
@Service
public class FollowUpBoard {
    private final OrganiserEvents organiserEvents;
    private final TableOutcomeRepository outcomes;
    private final ChallengeRepository challenges;
    private final ActorRepository actors;
    private final ReferenceDataRepository reference;
    private final ParticipantClock clock;

    public FollowUpBoard(
            OrganiserEvents organiserEvents,
            TableOutcomeRepository outcomes,
            ChallengeRepository challenges,
            ActorRepository actors,
            ReferenceDataRepository reference,
            ParticipantClock clock) {
        this.organiserEvents = organiserEvents;
        this.outcomes = outcomes;
        this.challenges = challenges;
        this.actors = actors;
        this.reference = reference;
        this.clock = clock;
    }

    /** Every line of the board, by challenge, event date, round and table. */
    @RolesAllowed("ORGANISER")
    public List<BoardRow> rows() {
        return rowsOf(organiserEvents.mine(), null);
    }

    /**
     * The lines of these events' outcomes; only those of challenges owned by one of
     * {@code only} (municipality numbers), unless it is null. Callers check who may read them.
     */
    List<BoardRow> rowsOf(java.util.Collection<RegionalEvent> eventList, Set<String> only) {
        Map<UUID, RegionalEvent> events =
                eventList.stream().collect(Collectors.toMap(RegionalEvent::id, Function.identity()));
        List<TableOutcome> all = outcomes.findByEvents(events.keySet());
        Map<UUID, Challenge> challengeById = challenges
                .findByIds(all.stream()
                        .map(TableOutcome::challengeId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Challenge::id, Function.identity()));
        Set<UUID> owners = all.stream()
                .flatMap(o -> o.steps().stream())
                .map(s -> s.owner().actorId())
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, String> names = actors.findByIds(owners).stream().collect(Collectors.toMap(Actor::id, Actor::name));
        Map<String, String> municipalities =
                reference.municipalities().stream().collect(Collectors.toMap(Municipality::number, Municipality::name));
        Map<String, String> counties =
                reference.counties().stream().collect(Collectors.toMap(County::code, County::name));
        List<BoardRow> rows = new ArrayList<>();
        for (TableOutcome o : all) {
            RegionalEvent event = events.get(o.eventId());
            Challenge c = o.challengeId() == null ? null : challengeById.get(o.challengeId());
            String number = c == null ? null : c.ownerMunicipality();
            if (only != null && (number == null || !only.contains(number))) {
                continue;
            }
            String county = number == null ? null : number.substring(0, 2);
            int round = event.rounds().stream()
                    .filter(r -> r.id().equals(o.roundId()))
                    .mapToInt(Round::number)
                    .findFirst()
                    .orElse(0);
            String table = event.tables()
                    .filter(t -> t.id().equals(o.tableId()))
                    .map(RoundTable::label)
                    .findFirst()
                    .orElse("?");
            TableKey key = new TableKey(o.eventId(), o.roundId(), o.tableId());
            List<TableStep> steps = o.steps().isEmpty() ? java.util.Collections.singletonList(null) : o.steps();
            for (TableStep s : steps) {
                rows.add(new BoardRow(
                        o.challengeId(),
                        c == null ? null : c.title(),
                        number,
                        number == null ? null : municipalities.getOrDefault(number, number),
                        county,
                        county == null ? null : counties.getOrDefault(county, county),
                        c == null ? Set.of() : c.themes(),
                        event.name(),
                        event.date(),
                        round,
                        table,
                        key,
                        o.confirmed(),
                        o.findings().commonThird(),
                        s == null ? null : s.id(),
                        s == null ? null : s.what(),
                        s == null
                                ? null
                                : s.owner().actorId() != null
                                        ? names.getOrDefault(s.owner().actorId(), "?")
                                        : s.owner().organisation(),
                        s == null ? null : s.due(),
                        s == null ? null : s.status(),
                        s != null && s.overdue(clock.today())));
            }
        }
        rows.sort(Comparator.comparing(BoardRow::challenge, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(BoardRow::eventDate)
                .thenComparing(BoardRow::event)
                .thenComparingInt(BoardRow::round)
                .thenComparing(BoardRow::table)
                .thenComparing(BoardRow::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    @RolesAllowed("ORGANISER")
    public List<BoardRow> rows(BoardFilter filter) {
        return filter.apply(rows());
    }
}
