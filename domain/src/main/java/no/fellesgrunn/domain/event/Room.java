package no.fellesgrunn.domain.event;

import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.Ids;

/** A room at the venue and its round tables. */
public record Room(UUID id, String name, List<RoundTable> tables) {
    public Room {
        Check.notNull(id, "room id");
        name = Check.text(name, "room name", 100);
        tables = Check.list(tables, "tables of room " + name);
    }

    public static Room of(String name, List<RoundTable> tables) {
        return new Room(Ids.newId(), name, tables);
    }
}
