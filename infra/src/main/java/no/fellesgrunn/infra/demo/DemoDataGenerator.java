package no.fellesgrunn.infra.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.challenge.StatusChange;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegistrationWindow;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.event.Venue;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceCatalog;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.reference.ThemeVocabulary;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;

/**
 * Generates realistic demo data from a seed: the regional event "Regional møteplass Bodø"
 * (Nordland) and a smaller one in Agder, with real municipalities, organisations of every sector,
 * participants of every perspective, selected challenges, availability and wishes.
 *
 * <p>The same seed and size always give the same data, ids included, so tests and benchmarks can
 * use it at any size. With the default size (120) the Bodø event has 3 rounds, 12 tables of 8 in 3
 * rooms and 12 challenges, as in the source text.
 * <p>
 * Over 300 lines: one generator walks a whole demo world in order (organisations, actors,
 * challenges, events with rounds and tables, registrations), so that one seed gives the same data
 * end to end; split up, the order of the random draws would be spread over several classes.
 * Demo data is the application's start-up content, not a domain rule, so it lives in infra, next to
 * {@link DemoDataLoader} that stores it.
 */
public final class DemoDataGenerator {
    public static final long DEFAULT_SEED = 20190514L;
    public static final int DEFAULT_SIZE = 120;
    public static final String BODO_EVENT = "Regional møteplass Bodø";
    public static final String AGDER_EVENT = "Regional møteplass Agder";
    static final String NORDLAND = "18";
    static final String AGDER = "42";
    private static final String BY = "demo data";
    private static final int TABLE_CAPACITY = 8;

    private final Random random;
    private final ReferenceCatalog catalog = ReferenceCatalog.norway();
    private final List<Theme> themes = ThemeVocabulary.curatedThemes();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Challenge> challenges = new ArrayList<>();
    private final List<RegionalEvent> events = new ArrayList<>();
    private final List<Registration> registrations = new ArrayList<>();
    private final Map<String, Organisation> organisationByName = new HashMap<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private final Set<String> usedEmails = new HashSet<>();
    private final Map<String, Organisation> municipalityOrganisation = new HashMap<>();

    public DemoDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The standard demo data: 120 participants in Bodø, 40 in Agder. */
    public static DemoData standard() {
        return new DemoDataGenerator(DEFAULT_SEED).generate(DEFAULT_SIZE);
    }

    /**
     * @param participants participants of the Bodø event (at least 8); the Agder event gets a
     *                     third as many. Tables, rooms and challenges grow with it.
     */
    public DemoData generate(int participants) {
        if (participants < 8) {
            throw new IllegalArgumentException("demo data needs at least 8 participants, asked for " + participants);
        }
        List<UUID> organisers = partnership();
        buildEvent(
                BODO_EVENT,
                NORDLAND,
                "1804",
                LocalDate.of(2027, 5, 14),
                3,
                new Venue("Stormen kulturhus", "Storgata 1, 8006 Bodø", "1804"),
                participants,
                organisers,
                EventStatus.REGISTRATION_OPEN);
        buildEvent(
                AGDER_EVENT,
                AGDER,
                "4204",
                LocalDate.of(2027, 10, 17),
                2,
                new Venue("Kristiansand folkebibliotek", "Rådhusgata 11, 4611 Kristiansand", "4204"),
                Math.max(8, participants / 3),
                organisers,
                EventStatus.PLANNING);
        return new DemoData(organisations, actors, challenges, events, registrations);
    }

    /** The four partners behind the regional meeting places; one organiser from each. */
    private List<UUID> partnership() {
        List<UUID> organisers = new ArrayList<>();
        String[][] partners = {
            {"KS", "MUNICIPALITY"},
            {"Innovasjon Norge", "STATE"},
            {"Ferd Sosiale Entreprenører", "BUSINESS"},
            {"SoCentral", "SOCIAL_ENTREPRENEUR"}
        };
        for (String[] partner : partners) {
            Organisation org = organisation(partner[0], Sector.valueOf(partner[1]), "0301", false);
            Actor organiser = person(org, "0301", "seniorrådgiver", List.of(Perspective.DRIVER));
            organisers.add(organiser.id());
        }
        return organisers;
    }

    private void buildEvent(
            String name,
            String county,
            String centre,
            LocalDate date,
            int roundCount,
            Venue venue,
            int participantCount,
            List<UUID> organisers,
            EventStatus status) {
        List<Municipality> municipalities = catalog.municipalitiesInCounty(county);
        int tableCount = Math.max(1, Math.round(participantCount / 10f));
        int roomCount = Math.max(1, Math.min(3, tableCount / 2));
        List<Round> rounds = rounds(date, roundCount);
        List<Room> rooms = rooms(tableCount, roomCount);

        // Challenges: one per table, owned by distinct municipalities as far as they go, the centre first.
        List<Municipality> owners = new ArrayList<>(municipalities);
        owners.sort(Comparator.comparing(m -> m.number().equals(centre) ? 0 : 1));
        List<Municipality> rest = new ArrayList<>(owners.subList(1, owners.size()));
        shuffle(rest);
        owners = new ArrayList<>(List.of(owners.get(0)));
        owners.addAll(rest);

        List<Actor> eventActors = new ArrayList<>();
        List<Challenge> eventChallenges = new ArrayList<>();
        for (int i = 0; i < tableCount && eventActors.size() < participantCount; i++) {
            Municipality owner = owners.get(i % owners.size());
            Actor host = person(
                    municipalityOrganisation(owner), owner.number(), pick(HOST_TITLES), List.of(Perspective.DRIVER));
            eventActors.add(host);
            eventChallenges.add(challenge(owner, host, i / owners.size()));
        }
        challenges.addAll(eventChallenges);
        // The first participants cover every sector and every perspective; the rest are drawn by weight.
        for (int k = 0; eventActors.size() < participantCount; k++) {
            Sector sector = k < SECTOR_ORDER.size() ? SECTOR_ORDER.get(k) : weightedSector();
            Municipality home = homeMunicipality(municipalities, centre);
            Organisation org = sector == Sector.CITIZEN ? null : organisationFor(sector, home, county);
            List<Perspective> perspectives = perspectivesFor(sector, k);
            eventActors.add(person(org, home.number(), titleFor(sector), perspectives));
        }

        List<SelectedChallenge> selected = new ArrayList<>();
        for (Challenge c : eventChallenges) {
            int min = 1;
            int max = Math.min(roundCount, 1 + random.nextInt(roundCount));
            selected.add(new SelectedChallenge(c.id(), min, Math.max(min, max)));
        }
        RegionalEvent event = new RegionalEvent(
                uuid(),
                name,
                date,
                venue,
                Set.of(county),
                Set.copyOf(organisers),
                rounds,
                rooms,
                selected,
                new RegistrationWindow(date.minusMonths(3), date.minusDays(7)),
                status,
                0);
        events.add(event);
        Set<UUID> hosts = new HashSet<>();
        eventChallenges.forEach(c -> hosts.add(c.hostActorId()));
        for (Actor actor : eventActors) {
            registrations.add(registration(event, actor, eventChallenges, hosts.contains(actor.id())));
        }
    }

    private Registration registration(RegionalEvent event, Actor actor, List<Challenge> eventChallenges, boolean host) {
        Set<UUID> available = new LinkedHashSet<>();
        if (host || random.nextDouble() < 0.8) {
            event.rounds().forEach(r -> available.add(r.id()));
        } else {
            for (Round r : event.rounds()) {
                if (random.nextBoolean()) {
                    available.add(r.id());
                }
            }
            if (available.isEmpty()) {
                available.add(event.rounds()
                        .get(random.nextInt(event.rounds().size()))
                        .id());
            }
        }
        List<UUID> wishes = new ArrayList<>();
        if (!host) {
            // Most people wish for challenges on their own themes, most wanted first.
            List<Challenge> ranked = new ArrayList<>(eventChallenges);
            shuffle(ranked);
            Map<UUID, Integer> shared = new HashMap<>();
            ranked.forEach(c -> shared.put(c.id(), sharedThemes(actor, c)));
            ranked.sort(Comparator.comparingInt(c -> -shared.get(c.id())));
            int count = random.nextInt(4);
            for (int i = 0; i < count && i < ranked.size(); i++) {
                wishes.add(ranked.get(i).id());
            }
        }
        boolean needsAccessible =
                actor.accessibilityNeeds() != null && actor.accessibilityNeeds().contains("rullestol");
        RegistrationStatus status = event.status() == EventStatus.PLANNING && random.nextDouble() < 0.3
                ? RegistrationStatus.INVITED
                : RegistrationStatus.REGISTERED;
        if (host) {
            status = RegistrationStatus.REGISTERED;
        }
        return new Registration(
                uuid(),
                event.id(),
                actor.id(),
                available,
                wishes,
                needsAccessible,
                actor.accessibilityNeeds(),
                status,
                0);
    }

    private static int sharedThemes(Actor actor, Challenge challenge) {
        return (int)
                actor.themeKeys().stream().filter(challenge.themes()::contains).count();
    }

    private List<Round> rounds(LocalDate date, int count) {
        LocalTime[] starts = {LocalTime.of(9, 30), LocalTime.of(10, 45), LocalTime.of(12, 30), LocalTime.of(13, 45)};
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = LocalDateTime.of(date, starts[i]);
            rounds.add(new Round(uuid(), i + 1, start, start.plusHours(1)));
        }
        return rounds;
    }

    private List<Room> rooms(int tableCount, int roomCount) {
        List<Room> rooms = new ArrayList<>();
        int made = 0;
        for (int r = 0; r < roomCount; r++) {
            char letter = (char) ('A' + r);
            int inRoom = tableCount / roomCount + (r < tableCount % roomCount ? 1 : 0);
            List<RoundTable> tables = new ArrayList<>();
            for (int t = 1; t <= inRoom; t++, made++) {
                // The tables nearest the door (first in each room) are step-free.
                tables.add(new RoundTable(uuid(), letter + String.valueOf(t), TABLE_CAPACITY, t <= 2));
            }
            rooms.add(new Room(uuid(), "Sal " + letter, tables));
        }
        return rooms;
    }

    private Challenge challenge(Municipality owner, Actor host, int repeat) {
        Theme theme = themes.get(random.nextInt(themes.size()));
        Set<String> themeKeys = new LinkedHashSet<>(List.of(theme.key()));
        themeKeys.add(themes.get(random.nextInt(themes.size())).key());
        String title = CHALLENGE_TITLES
                        .getOrDefault(theme.key(), theme.nameNb() + " i %s")
                        .formatted(owner.name())
                + (repeat > 0 ? " (" + (repeat + 1) + ")" : "");
        String description =
                "%s kommune ønsker å finne felles grunn med næringsliv, frivillige, sosiale entreprenører, "
                        + "forskere og innbyggere om %s. Vi vet ikke svaret ennå, og vil forstå floken sammen før vi leter etter nøkkelen."
                                .formatted(owner.name(), theme.nameNb().toLowerCase(Locale.ROOT));
        Set<Perspective> needed = EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.DECISION_MAKER);
        if (random.nextBoolean()) {
            needed.add(Perspective.CREATIVE);
        }
        Instant t0 = Instant.parse("2027-01-15T09:00:00Z").plusSeconds(3600L * random.nextInt(500));
        List<StatusChange> history = List.of(
                new StatusChange(
                        ChallengeStatus.DRAFT,
                        ChallengeStatus.SUBMITTED,
                        t0,
                        host.email().value()),
                new StatusChange(ChallengeStatus.SUBMITTED, ChallengeStatus.SELECTED, t0.plusSeconds(86400L * 20), BY));
        return new Challenge(
                uuid(),
                title,
                description,
                owner.number(),
                host.id(),
                themeKeys,
                needed,
                ChallengeStatus.SELECTED,
                history,
                0);
    }

    private Actor person(Organisation org, String home, String title, List<Perspective> perspectives) {
        String given = pick(NorwegianNames.GIVEN);
        String family = pick(NorwegianNames.FAMILY);
        String domain = org == null ? "privat.example" : slug(org.name()) + ".example";
        String local = slug(given) + "." + slug(family);
        String email = local + "@" + domain;
        for (int n = 2; usedEmails.contains(email); n++) {
            email = local + n + "@" + domain;
        }
        usedEmails.add(email);
        List<ThemeInterest> interests = new ArrayList<>();
        List<Theme> shuffled = new ArrayList<>(themes);
        shuffle(shuffled);
        int themeCount = 1 + random.nextInt(4);
        for (int i = 0; i < themeCount; i++) {
            interests.add(new ThemeInterest(shuffled.get(i).key(), i + 1));
        }
        Set<String> languages = new LinkedHashSet<>(List.of("nb"));
        if (random.nextDouble() < 0.6) languages.add("en");
        if (random.nextDouble() < 0.1) languages.add("nn");
        if (home.startsWith(NORDLAND) && random.nextDouble() < 0.1) languages.add("se");
        if (random.nextDouble() < 0.06) languages.add(pick(List.of("ar", "so", "pl", "uk", "ti")));
        String needs = random.nextDouble() < 0.08 ? pick(ACCESSIBILITY_NEEDS) : null;
        String phone = random.nextDouble() < 0.7
                ? "+47 " + (4 + random.nextInt(6)) + String.format("%07d", random.nextInt(10_000_000))
                : null;
        Consent consent = new Consent(random.nextDouble() < 0.5, random.nextDouble() < 0.2, random.nextDouble() < 0.8);
        Actor actor = new Actor(
                uuid(),
                given + " " + family,
                new Email(email),
                phone,
                org == null ? null : org.id(),
                title,
                home,
                interests,
                Set.copyOf(perspectives),
                languages,
                needs,
                consent,
                null,
                0);
        actors.add(actor);
        return actor;
    }

    private Organisation municipalityOrganisation(Municipality m) {
        return municipalityOrganisation.computeIfAbsent(
                m.number(), k -> organisation(m.name() + " kommune", Sector.MUNICIPALITY, m.number(), true));
    }

    private Organisation organisationFor(Sector sector, Municipality home, String county) {
        String countyName = county.equals(NORDLAND) ? "Nordland" : "Agder";
        // Reuse an existing organisation of the sector now and then, so colleagues meet.
        List<Organisation> existing = organisations.stream()
                .filter(o -> o.sector() == sector && o.municipalityNumber().startsWith(county))
                .toList();
        if (!existing.isEmpty() && random.nextDouble() < 0.35) {
            return existing.get(random.nextInt(existing.size()));
        }
        return switch (sector) {
            case MUNICIPALITY -> municipalityOrganisation(home);
            case COUNTY ->
                organisation(countyName + " fylkeskommune", sector, county.equals(NORDLAND) ? "1804" : "4204", true);
            case STATE ->
                organisation(pick(STATE_NAMES).formatted(home.name(), countyName), sector, home.number(), true);
            case RESEARCH ->
                organisation(
                        pick(county.equals(NORDLAND) ? RESEARCH_NORDLAND : RESEARCH_AGDER),
                        sector,
                        county.equals(NORDLAND) ? "1804" : "4204",
                        true);
            default ->
                organisation(
                        pick(NAME_TEMPLATES.get(sector)).formatted(home.name(), pick(NorwegianNames.FAMILY)),
                        sector,
                        home.number(),
                        random.nextDouble() < 0.8);
        };
    }

    private Organisation organisation(String name, Sector sector, String municipality, boolean numbered) {
        Organisation existing = organisationByName.get(name);
        if (existing != null) {
            return existing;
        }
        Organisation org =
                new Organisation(uuid(), name, numbered ? organisationNumber() : null, sector, municipality, 0);
        organisations.add(org);
        organisationByName.put(name, org);
        if (org.number() != null) {
            usedNumbers.add(org.number().value());
        }
        return org;
    }

    /** A syntactically valid number (modulus 11) in the 8xx/9xx range used for organisations. */
    private OrganisationNumber organisationNumber() {
        while (true) {
            String first = String.valueOf(8 + random.nextInt(2)) + String.format("%07d", random.nextInt(10_000_000));
            Integer check = OrganisationNumber.checkDigit(first);
            if (check != null && !usedNumbers.contains(first + check)) {
                return new OrganisationNumber(first + check);
            }
        }
    }

    private Municipality homeMunicipality(List<Municipality> municipalities, String centre) {
        if (random.nextDouble() < 0.4) {
            return catalog.municipality(centre);
        }
        return municipalities.get(random.nextInt(municipalities.size()));
    }

    private Sector weightedSector() {
        double x = random.nextDouble();
        double sum = 0;
        for (Map.Entry<Sector, Double> e : SECTOR_WEIGHTS.entrySet()) {
            sum += e.getValue();
            if (x < sum) {
                return e.getKey();
            }
        }
        return Sector.CITIZEN;
    }

    /** Every perspective appears early; then one or two, leaning on what the sector usually brings. */
    private List<Perspective> perspectivesFor(Sector sector, int index) {
        Perspective[] all = Perspective.values();
        Set<Perspective> result = new LinkedHashSet<>();
        if (index < all.length) {
            result.add(all[index]);
        }
        if (sector == Sector.CITIZEN || sector == Sector.VOLUNTARY) {
            if (random.nextDouble() < 0.6) result.add(Perspective.LIVED_EXPERIENCE);
        } else if (sector.isPublic()) {
            if (random.nextDouble() < 0.4) result.add(Perspective.DECISION_MAKER);
        } else if (sector == Sector.SOCIAL_ENTREPRENEUR || sector == Sector.BUSINESS) {
            if (random.nextDouble() < 0.5) result.add(Perspective.CREATIVE);
        }
        if (result.isEmpty() || random.nextDouble() < 0.3) {
            result.add(all[random.nextInt(all.length)]);
        }
        return new ArrayList<>(result);
    }

    private String titleFor(Sector sector) {
        return sector == Sector.CITIZEN ? (random.nextBoolean() ? "innbygger" : null) : pick(TITLES.get(sector));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> void shuffle(List<T> list) {
        java.util.Collections.shuffle(list, random);
    }

    /** Version-4 shaped UUIDs drawn from the seeded random, so ids repeat with the seed. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "a")
                .replace("á", "a");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
    }

    private static final List<Sector> SECTOR_ORDER = List.of(Sector.values());
    private static final Map<Sector, Double> SECTOR_WEIGHTS = new java.util.LinkedHashMap<>();

    static {
        SECTOR_WEIGHTS.put(Sector.MUNICIPALITY, 0.28);
        SECTOR_WEIGHTS.put(Sector.COUNTY, 0.05);
        SECTOR_WEIGHTS.put(Sector.STATE, 0.10);
        SECTOR_WEIGHTS.put(Sector.BUSINESS, 0.15);
        SECTOR_WEIGHTS.put(Sector.VOLUNTARY, 0.16);
        SECTOR_WEIGHTS.put(Sector.SOCIAL_ENTREPRENEUR, 0.10);
        SECTOR_WEIGHTS.put(Sector.RESEARCH, 0.07);
        SECTOR_WEIGHTS.put(Sector.CITIZEN, 0.09);
    }

    private static final List<String> HOST_TITLES = List.of(
            "kommunalsjef helse og omsorg",
            "folkehelsekoordinator",
            "innovasjonsrådgiver",
            "enhetsleder",
            "prosjektleder samskaping",
            "rådgiver oppvekst");
    private static final Map<Sector, List<String>> TITLES = Map.of(
            Sector.MUNICIPALITY,
                    List.of(
                            "rådgiver",
                            "ordfører",
                            "kommunedirektør",
                            "enhetsleder",
                            "helsesykepleier",
                            "miljøterapeut",
                            "bibliotekar",
                            "NAV-veileder",
                            "rektor",
                            "ungdomsarbeider"),
            Sector.COUNTY,
                    List.of("fylkesråd", "rådgiver folkehelse", "seniorrådgiver næring", "rådgiver kollektivtrafikk"),
            Sector.STATE, List.of("seniorrådgiver", "avdelingsdirektør", "spesialrådgiver", "veileder"),
            Sector.BUSINESS, List.of("daglig leder", "gründer", "HR-sjef", "markedssjef", "utvikler", "styreleder"),
            Sector.VOLUNTARY, List.of("frivillig", "daglig leder", "styreleder", "koordinator", "likeperson"),
            Sector.SOCIAL_ENTREPRENEUR, List.of("gründer", "daglig leder", "prosjektleder", "arbeidsleder"),
            Sector.RESEARCH, List.of("forsker", "førsteamanuensis", "professor", "stipendiat"));
    private static final List<String> STATE_NAMES =
            List.of("NAV %s", "Statsforvalteren i %2$s", "Innovasjon Norge %2$s", "Husbanken %2$s", "Politiet i %s");
    private static final List<String> RESEARCH_NORDLAND =
            List.of("Nord universitet", "Nordlandsforskning", "UiT Norges arktiske universitet, Narvik");
    private static final List<String> RESEARCH_AGDER =
            List.of("Universitetet i Agder", "NORCE Agder", "Senter for omsorgsforskning Sør");
    private static final Map<Sector, List<String>> NAME_TEMPLATES = Map.of(
            Sector.BUSINESS,
                    List.of(
                            "%s Sparebank",
                            "%2$s Bygg AS",
                            "%s Havbruk AS",
                            "%s Reiseliv AS",
                            "%2$s Regnskap AS",
                            "%s Energi AS",
                            "%2$s & Co Design AS",
                            "%s Digital AS"),
            Sector.VOLUNTARY,
                    List.of(
                            "%s Frivilligsentral",
                            "Røde Kors %s",
                            "Mental Helse %s",
                            "%s Sanitetsforening",
                            "Kirkens Bymisjon %s",
                            "%s Idrettslag",
                            "Home-Start %s",
                            "%s Pensjonistforening"),
            Sector.SOCIAL_ENTREPRENEUR,
                    List.of(
                            "%s Gatelag",
                            "Grønn Omsorg %s",
                            "Fiks Ferdig %s",
                            "%s Inkludering AS",
                            "Leksehjelpen %s",
                            "%s Gjenbruk SA"));
    private static final List<String> ACCESSIBILITY_NEEDS = List.of(
            "rullestolbruker, trenger trinnfri tilgang",
            "trenger hørselsslynge",
            "trenger tolk (arabisk)",
            "synshemmet, trenger ledsager",
            "rullestol");
    private static final Map<String, String> CHALLENGE_TITLES = Map.ofEntries(
            Map.entry("ensomhet", "Ensomhet blant eldre som bor alene i %s"),
            Map.entry("fattigdom", "Barn som vokser opp i lavinntektsfamilier i %s"),
            Map.entry("digitalt-utenforskap", "Innbyggere i %s som står utenfor digitale tjenester"),
            Map.entry("frafall-i-skolen", "Frafall i videregående skole blant unge fra %s"),
            Map.entry("helseulikheter", "Økende helseforskjeller mellom bygd og sentrum i %s"),
            Map.entry("integrering", "Nyankomne flyktninger som vil i arbeid i %s"),
            Map.entry("klima-og-miljo", "Klimatilpasning og grønn omstilling i %s"),
            Map.entry("utenforskap", "Unge voksne utenfor arbeid og utdanning i %s"),
            Map.entry("folkehelse", "Flere i fysisk aktivitet i hverdagen i %s"),
            Map.entry("psykisk-helse", "Psykisk helse blant ungdom i %s"),
            Map.entry("rus", "Rusforebygging blant ungdom i %s"),
            Map.entry("eldre", "Aldersvennlig lokalsamfunn i %s"),
            Map.entry("barn-og-unge", "Møteplasser for barn og unge i %s"),
            Map.entry("arbeidsinkludering", "Arbeidsinkludering for personer med nedsatt funksjonsevne i %s"),
            Map.entry("boligsosialt-arbeid", "Vanskeligstilte på boligmarkedet i %s"),
            Map.entry("beredskap", "Lokal beredskap når strøm og vei faller ut i %s"),
            Map.entry("mobilitet", "Transport for dem uten bil i %s"),
            Map.entry("naeringsutvikling", "Bolyst og nye arbeidsplasser i %s"),
            Map.entry("kultur-og-frivillighet", "Rekruttering av nye frivillige i %s"));
}
