package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.Theme;

/**
 * The reference data and stored state an import is checked against, read once per import so a
 * file of thousands of rows needs no query per row.
 */
final class Lookups {
    private final Map<String, Municipality> municipalityByNumber = new HashMap<>();
    private final Map<String, List<Municipality>> municipalitiesByName = new HashMap<>();
    private final Map<String, Theme> themes = new HashMap<>();
    private final Map<String, Organisation> organisationByNumber = new HashMap<>();
    private final Map<String, List<Organisation>> organisationsByName = new HashMap<>();
    private final Map<String, Actor> actorByEmail = new HashMap<>();
    private final Map<java.util.UUID, Actor> actorById = new HashMap<>();
    private final Map<java.util.UUID, Organisation> organisationById = new HashMap<>();

    Lookups(
            List<Municipality> municipalities,
            List<Theme> themeList,
            List<Organisation> organisations,
            List<Actor> actors) {
        for (Municipality m : municipalities) {
            municipalityByNumber.put(m.number(), m);
            municipalitiesByName
                    .computeIfAbsent(lower(m.name()), k -> new ArrayList<>())
                    .add(m);
        }
        for (Theme t : themeList) {
            themes.put(t.key(), t);
            themes.putIfAbsent(lower(t.nameNb()), t);
            themes.putIfAbsent(lower(t.nameNn()), t);
            themes.putIfAbsent(lower(t.nameEn()), t);
        }
        for (Organisation o : organisations) {
            organisationById.put(o.id(), o);
            if (o.number() != null) {
                organisationByNumber.put(o.number().value(), o);
            }
            organisationsByName
                    .computeIfAbsent(lower(o.name()), k -> new ArrayList<>())
                    .add(o);
        }
        for (Actor a : actors) {
            actorByEmail.put(a.email().value(), a);
            actorById.put(a.id(), a);
        }
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** A municipality by number, or by name when that name is unique; else why not. */
    Result<Municipality> municipality(String text) {
        if (text.matches("\\d{4}")) {
            Municipality m = municipalityByNumber.get(text);
            return m == null ? Result.problem(ImportProblem.MUNICIPALITY_NUMBER_UNKNOWN, text) : Result.of(m);
        }
        List<Municipality> named = municipalitiesByName.getOrDefault(lower(text), List.of());
        if (named.isEmpty()) {
            return Result.problem(ImportProblem.MUNICIPALITY_UNKNOWN, text);
        }
        if (named.size() > 1) {
            return Result.problem(
                    ImportProblem.MUNICIPALITY_AMBIGUOUS,
                    text,
                    named.stream()
                            .map(Municipality::number)
                            .sorted()
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""));
        }
        return Result.of(named.get(0));
    }

    Optional<Theme> theme(String keyOrName) {
        return Optional.ofNullable(themes.get(lower(keyOrName)));
    }

    Optional<Organisation> organisationByNumber(String number) {
        return Optional.ofNullable(organisationByNumber.get(number));
    }

    /** An organisation with this name; one without a number first, as that is what a name-only row means. */
    Optional<Organisation> organisationByName(String name) {
        List<Organisation> named = organisationsByName.getOrDefault(lower(name), List.of());
        return named.stream().filter(o -> o.number() == null).findFirst().or(() -> named.stream()
                .findFirst());
    }

    Optional<Organisation> organisation(java.util.UUID id) {
        return Optional.ofNullable(id == null ? null : organisationById.get(id));
    }

    Optional<Actor> actorByEmail(String email) {
        return Optional.ofNullable(actorByEmail.get(email));
    }

    Optional<Actor> actor(java.util.UUID id) {
        return Optional.ofNullable(actorById.get(id));
    }

    /** A value, or the reason there is none (a problem with its arguments). */
    record Result<T>(T value, ImportProblem problem, Object[] args) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null, new Object[0]);
        }

        static <T> Result<T> problem(ImportProblem problem, Object... args) {
            return new Result<>(null, problem, args);
        }

        boolean ok() {
            return problem == null;
        }
    }
}
