package no.fellesgrunn.domain.event;

import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;

/** A round table: everyone sits as equals. Its label is unique within the event. */
public record RoundTable(UUID id, String label, int capacity, boolean accessible) {
    public RoundTable {
        Check.notNull(id, "table id");
        label = Check.text(label, "table label", 50);
        if (capacity < 1) {
            throw new DomainException(
                    DomainError.TABLE_CAPACITY,
                    "table " + label + " must seat at least one person, capacity was " + capacity,
                    label);
        }
    }

    public static RoundTable of(String label, int capacity, boolean accessible) {
        return new RoundTable(Ids.newId(), label, capacity, accessible);
    }
}
