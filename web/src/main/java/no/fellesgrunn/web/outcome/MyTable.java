package no.fellesgrunn.web.outcome;

import java.time.LocalDate;

/** A table I sat at (or am to sit at) in one round, and how far its outcome has come. */
public record MyTable(
        TableKey key,
        String eventName,
        LocalDate date,
        int round,
        String table,
        String challenge,
        boolean recorded,
        boolean confirmed,
        boolean iRecord) {}
