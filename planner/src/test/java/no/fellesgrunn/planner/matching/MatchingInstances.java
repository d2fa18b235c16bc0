package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/**
 * Seeded, realistic-looking matching problems for tests and the benchmark: about 30 themes with
 * Zipf-like popularity (a few themes such as loneliness are on almost everybody's list), 5 to 10
 * themes per actor, mixed sectors (many municipal employees), organisations of several members,
 * municipalities in four counties, and a few excluded pairs and earlier matches.
 */
final class MatchingInstances {
    static final List<String> THEMES = List.of(
            "ensomhet",
            "utenforskap",
            "digitalt-utenforskap",
            "fattigdom",
            "integrering",
            "frafall-i-skolen",
            "helseulikheter",
            "klima",
            "folkehelse",
            "boligsosialt",
            "rus",
            "psykisk-helse",
            "barn-og-unge",
            "eldre",
            "frivillighet",
            "arbeidsinkludering",
            "mat",
            "kultur",
            "idrett",
            "friluftsliv",
            "transport",
            "naeringsutvikling",
            "sirkulaerokonomi",
            "energi",
            "beredskap",
            "likestilling",
            "samisk",
            "universell-utforming",
            "nabolag",
            "laering");
    private static final List<String> MUNICIPALITIES = List.of(
            "1804", "1806", "1833", "1841", "1860", // Nordland
            "4204", "4203", "4215", "4207", // Agder
            "5001", "5006", "5035", // Trøndelag
            "0301"); // Oslo

    private MatchingInstances() {}

    /** {@code n} actors, one match each, with a few excluded pairs and previous matches. */
    static MatchingProblem generate(int n, int matchesPerActor, long seed) {
        Random random = new Random(seed);
        double[] popularity = new double[THEMES.size()];
        for (int t = 0; t < popularity.length; t++) {
            popularity[t] = 1.0 / Math.pow(t + 1, 1.0); // Zipf, s = 1
        }
        List<ActorProfile> actors = new ArrayList<>(n);
        int organisations = Math.max(2, n / 6);
        for (int i = 0; i < n; i++) {
            Sector sector = sector(random);
            String organisation =
                    sector == Sector.CITIZEN ? null : sector.name().toLowerCase() + "-" + random.nextInt(organisations);
            String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
            Set<String> themes = new LinkedHashSet<>();
            int count = 5 + random.nextInt(6);
            while (themes.size() < count) {
                themes.add(THEMES.get(pick(popularity, random)));
            }
            Set<Perspective> perspectives = EnumSet.noneOf(Perspective.class);
            Perspective[] all = Perspective.values();
            perspectives.add(all[random.nextInt(all.length)]);
            if (random.nextInt(3) == 0) {
                perspectives.add(all[random.nextInt(all.length)]);
            }
            actors.add(new ActorProfile("a" + i, organisation, sector, municipality, themes, perspectives, null));
        }
        List<ActorPair> excluded = new ArrayList<>();
        List<ActorPair> previous = new ArrayList<>();
        for (int i = 0; i < n / 20; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                excluded.add(new ActorPair("a" + a, "a" + b));
            }
            int c = random.nextInt(n);
            int d = random.nextInt(n);
            if (c != d) {
                previous.add(new ActorPair("a" + c, "a" + d));
            }
        }
        return new MatchingProblem(actors, matchesPerActor, excluded, previous);
    }

    /**
     * A tiny problem for exhaustive search: {@code n} actors with one to three of six themes, in
     * four organisations (and citizens), so only some pairs are eligible.
     */
    static MatchingProblem tiny(int n, int matchesPerActor, long seed) {
        Random random = new Random(seed);
        List<ActorProfile> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Sector sector = sector(random);
            String organisation = sector == Sector.CITIZEN ? null : "org-" + random.nextInt(4);
            Set<String> themes = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (themes.size() < count) {
                themes.add(THEMES.get(random.nextInt(6)));
            }
            Perspective[] all = Perspective.values();
            Set<Perspective> perspectives = EnumSet.of(all[random.nextInt(all.length)]);
            String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
            Integer maxMatches = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : null;
            actors.add(new ActorProfile(
                    "t" + i,
                    organisation,
                    sector,
                    municipality,
                    themes,
                    perspectives,
                    matchesPerActor == 1 ? null : maxMatches));
        }
        List<ActorPair> previous = List.of(new ActorPair("t0", "t1"), new ActorPair("t2", "t3"));
        List<ActorPair> excluded = List.of(new ActorPair("t1", "t2"));
        return new MatchingProblem(actors, matchesPerActor, excluded, previous);
    }

    private static Sector sector(Random random) {
        int r = random.nextInt(100);
        if (r < 35) {
            return Sector.MUNICIPALITY;
        } else if (r < 40) {
            return Sector.COUNTY;
        } else if (r < 45) {
            return Sector.STATE;
        } else if (r < 63) {
            return Sector.BUSINESS;
        } else if (r < 78) {
            return Sector.VOLUNTARY;
        } else if (r < 86) {
            return Sector.SOCIAL_ENTREPRENEUR;
        } else if (r < 92) {
            return Sector.RESEARCH;
        }
        return Sector.CITIZEN;
    }

    private static int pick(double[] weights, Random random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
