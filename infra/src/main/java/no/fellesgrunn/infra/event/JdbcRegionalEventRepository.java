package no.fellesgrunn.infra.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.infra.persistence.Jdbc;
import org.springframework.stereotype.Repository;

/**
 * Stores an event with its rounds, rooms, tables and selected challenges. Rounds, rooms and tables
 * are upserted by id, not replaced, because registrations and seats point at them.
 */
@Repository
public class JdbcRegionalEventRepository implements RegionalEventRepository {
    private final Jdbc jdbc;

    public JdbcRegionalEventRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public Optional<RegionalEvent> findById(UUID id) {
        return load("e.id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<RegionalEvent> findByName(String name) {
        return load("e.name = ?", name).stream().findFirst();
    }

    @Override
    public List<RegionalEvent> findAll() {
        return load("true");
    }

    @Override
    public long count() {
        return jdbc.client()
                .sql("select count(*) from regional_event")
                .query(Long.class)
                .single();
    }

    private List<RegionalEvent> load(String condition, Object... params) {
        String join = " join regional_event e on e.id = x.event_id where " + condition;
        Map<UUID, Set<String>> counties = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.event_id, x.county_code from event_county x" + join,
                        rs -> {
                            counties.computeIfAbsent(Jdbc.uuid(rs, "event_id"), k -> new HashSet<>())
                                    .add(rs.getString("county_code"));
                        },
                        params);
        Map<UUID, Set<UUID>> organisers = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.event_id, x.actor_id from event_organiser x" + join,
                        rs -> {
                            organisers
                                    .computeIfAbsent(Jdbc.uuid(rs, "event_id"), k -> new HashSet<>())
                                    .add(Jdbc.uuid(rs, "actor_id"));
                        },
                        params);
        Map<UUID, List<Round>> rounds = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.event_id, x.id, x.number, x.starts_at, x.ends_at from event_round x" + join
                                + " order by x.number",
                        rs -> {
                            rounds.computeIfAbsent(Jdbc.uuid(rs, "event_id"), k -> new ArrayList<>())
                                    .add(new Round(
                                            Jdbc.uuid(rs, "id"),
                                            rs.getInt("number"),
                                            Jdbc.localDateTime(rs, "starts_at"),
                                            Jdbc.localDateTime(rs, "ends_at")));
                        },
                        params);
        Map<UUID, List<RoundTable>> tables = new HashMap<>();
        jdbc.template()
                .query(
                        "select t.room_id, t.id, t.label, t.capacity, t.accessible from event_table t "
                                + "join event_room x on x.id = t.room_id" + join + " order by t.ordinal",
                        rs -> {
                            tables.computeIfAbsent(Jdbc.uuid(rs, "room_id"), k -> new ArrayList<>())
                                    .add(new RoundTable(
                                            Jdbc.uuid(rs, "id"),
                                            rs.getString("label"),
                                            rs.getInt("capacity"),
                                            rs.getBoolean("accessible")));
                        },
                        params);
        Map<UUID, List<Room>> rooms = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.event_id, x.id, x.name from event_room x" + join + " order by x.ordinal",
                        rs -> {
                            UUID roomId = Jdbc.uuid(rs, "id");
                            rooms.computeIfAbsent(Jdbc.uuid(rs, "event_id"), k -> new ArrayList<>())
                                    .add(new Room(
                                            roomId, rs.getString("name"), tables.getOrDefault(roomId, List.of())));
                        },
                        params);
        Map<UUID, List<SelectedChallenge>> challenges = new HashMap<>();
        jdbc.template()
                .query(
                        "select x.event_id, x.challenge_id, x.min_rounds, x.max_rounds from event_challenge x" + join
                                + " order by x.ordinal",
                        rs -> {
                            challenges
                                    .computeIfAbsent(Jdbc.uuid(rs, "event_id"), k -> new ArrayList<>())
                                    .add(new SelectedChallenge(
                                            Jdbc.uuid(rs, "challenge_id"),
                                            rs.getInt("min_rounds"),
                                            rs.getInt("max_rounds")));
                        },
                        params);
        return jdbc.template()
                .query(
                        "select e.* from regional_event e where " + condition + " order by e.event_date, e.name",
                        (rs, n) -> {
                            UUID id = Jdbc.uuid(rs, "id");
                            return new RegionalEvent(
                                    id,
                                    rs.getString("name"),
                                    Jdbc.localDate(rs, "event_date"),
                                    new Venue(
                                            rs.getString("venue_name"),
                                            rs.getString("venue_address"),
                                            rs.getString("venue_municipality")),
                                    counties.getOrDefault(id, Set.of()),
                                    organisers.getOrDefault(id, Set.of()),
                                    rounds.getOrDefault(id, List.of()),
                                    rooms.getOrDefault(id, List.of()),
                                    challenges.getOrDefault(id, List.of()),
                                    new RegistrationWindow(
                                            Jdbc.localDate(rs, "registration_opens"),
                                            Jdbc.localDate(rs, "registration_closes")),
                                    EventStatus.valueOf(rs.getString("status")),
                                    rs.getInt("version"));
                        },
                        params);
    }

    @Override
    public RegionalEvent save(RegionalEvent e, String editedBy) {
        return jdbc.inTransaction(() -> {
            if (e.version() == 0) {
                jdbc.template()
                        .update(
                                "insert into regional_event (id, name, event_date, venue_name, venue_address, "
                                        + "venue_municipality, registration_opens, registration_closes, status, version, updated_by) "
                                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                                e.id(),
                                e.name(),
                                e.date(),
                                e.venue().name(),
                                e.venue().address(),
                                e.venue().municipalityNumber(),
                                e.registrationWindow().opens(),
                                e.registrationWindow().closes(),
                                e.status().name(),
                                editedBy);
            } else {
                int rows = jdbc.template()
                        .update(
                                "update regional_event set name = ?, event_date = ?, venue_name = ?, "
                                        + "venue_address = ?, venue_municipality = ?, registration_opens = ?, registration_closes = ?, "
                                        + "status = ?, version = version + 1, updated_by = ?, updated_at = now() where id = ? and version = ?",
                                e.name(),
                                e.date(),
                                e.venue().name(),
                                e.venue().address(),
                                e.venue().municipalityNumber(),
                                e.registrationWindow().opens(),
                                e.registrationWindow().closes(),
                                e.status().name(),
                                editedBy,
                                e.id(),
                                e.version());
                jdbc.requireUpdated(rows, "regional_event", e.id(), e.version(), "event " + e.name());
                for (String table : List.of("event_county", "event_organiser", "event_challenge")) {
                    jdbc.template().update("delete from " + table + " where event_id = ?", e.id());
                }
            }
            saveChildren(e);
            return e.withVersion(e.version() + 1);
        });
    }

    private void saveChildren(RegionalEvent e) {
        var t = jdbc.template();
        t.batchUpdate(
                "insert into event_county (event_id, county_code) values (?, ?)",
                e.counties().stream()
                        .sorted()
                        .map(c -> new Object[] {e.id(), c})
                        .toList());
        t.batchUpdate(
                "insert into event_organiser (event_id, actor_id) values (?, ?)",
                e.organisers().stream().map(a -> new Object[] {e.id(), a}).toList());
        t.batchUpdate(
                "insert into event_round (id, event_id, number, starts_at, ends_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (id) do update set number = excluded.number, starts_at = excluded.starts_at, "
                        + "ends_at = excluded.ends_at where event_round.event_id = excluded.event_id",
                e.rounds().stream()
                        .map(r -> new Object[] {r.id(), e.id(), r.number(), r.start(), r.end()})
                        .toList());
        t.update(
                "delete from event_round where event_id = ? and not (id = any(cast(? as uuid[])))",
                e.id(),
                e.rounds().stream().map(r -> r.id().toString()).toArray(String[]::new));
        List<Object[]> roomRows = new ArrayList<>();
        List<Object[]> tableRows = new ArrayList<>();
        List<String> tableIds = new ArrayList<>();
        for (int i = 0; i < e.rooms().size(); i++) {
            Room room = e.rooms().get(i);
            roomRows.add(new Object[] {room.id(), e.id(), i + 1, room.name()});
            for (int j = 0; j < room.tables().size(); j++) {
                RoundTable table = room.tables().get(j);
                tableRows.add(
                        new Object[] {table.id(), room.id(), j + 1, table.label(), table.capacity(), table.accessible()
                        });
                tableIds.add(table.id().toString());
            }
        }
        t.batchUpdate(
                "insert into event_room (id, event_id, ordinal, name) values (?, ?, ?, ?) on conflict (id) do update "
                        + "set ordinal = excluded.ordinal, name = excluded.name where event_room.event_id = excluded.event_id",
                roomRows);
        t.update(
                "delete from event_room where event_id = ? and not (id = any(cast(? as uuid[])))",
                e.id(),
                e.rooms().stream().map(r -> r.id().toString()).toArray(String[]::new));
        t.batchUpdate(
                "insert into event_table (id, room_id, ordinal, label, capacity, accessible) values (?, ?, ?, ?, ?, ?) "
                        + "on conflict (id) do update set room_id = excluded.room_id, ordinal = excluded.ordinal, label = excluded.label, "
                        + "capacity = excluded.capacity, accessible = excluded.accessible",
                tableRows);
        t.update(
                "delete from event_table where room_id in (select id from event_room where event_id = ?) "
                        + "and not (id = any(cast(? as uuid[])))",
                e.id(),
                (Object) tableIds.toArray(String[]::new));
        List<Object[]> challengeRows = new ArrayList<>();
        for (int i = 0; i < e.challenges().size(); i++) {
            SelectedChallenge c = e.challenges().get(i);
            challengeRows.add(new Object[] {e.id(), c.challengeId(), i + 1, c.minRounds(), c.maxRounds()});
        }
        t.batchUpdate(
                "insert into event_challenge (event_id, challenge_id, ordinal, min_rounds, max_rounds) values (?, ?, ?, ?, ?)",
                challengeRows);
    }
}
