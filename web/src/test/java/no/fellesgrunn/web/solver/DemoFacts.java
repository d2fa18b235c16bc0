package no.fellesgrunn.web.solver;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.infra.demo.DemoData;
import no.fellesgrunn.infra.demo.DemoDataGenerator;

/** The demo's Bodø event as solver facts, without a database. */
public final class DemoFacts {
    private DemoFacts() {}

    public static EventFacts bodo() {
        DemoData data = DemoDataGenerator.standard();
        RegionalEvent bodo = data.events().stream()
                .filter(e -> e.name().equals(DemoDataGenerator.BODO_EVENT))
                .findFirst()
                .orElseThrow();
        return of(data, bodo);
    }

    public static EventFacts of(DemoData data, RegionalEvent event) {
        Map<java.util.UUID, Actor> actors =
                data.actors().stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        Map<java.util.UUID, Organisation> organisations =
                data.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<java.util.UUID, Challenge> challenges =
                data.challenges().stream().collect(Collectors.toMap(Challenge::id, Function.identity()));
        return new EventFacts(event, data.registrationsFor(event), actors, organisations, challenges);
    }
}
