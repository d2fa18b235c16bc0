package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * Writes actors and challenges in the import formats, so an exported file imported again yields
 * the same data; and the empty templates organisers start from.
 */
@Service
public class ExportService {
    private static final String SEP = RowContext.LIST_SEPARATOR;
    private final JdbcOrganisationRepository organisations;
    private final JdbcActorRepository actors;
    private final JdbcChallengeRepository challenges;
    private final JdbcRegionalEventRepository events;
    private final JdbcRegistrationRepository registrations;

    public ExportService(DataSource dataSource) {
        this.organisations = new JdbcOrganisationRepository(dataSource);
        this.actors = new JdbcActorRepository(dataSource);
        this.challenges = new JdbcChallengeRepository(dataSource);
        this.events = new JdbcRegionalEventRepository(dataSource);
        this.registrations = new JdbcRegistrationRepository(dataSource);
    }

    /** The header row only, plus (in .xlsx) a guide sheet explaining each column. */
    public byte[] template(SheetKind kind, SpreadsheetFormat format) {
        return SheetWriter.write(format, kind, List.of(), true);
    }

    /** An .xlsx template with the header row and the given sheets (a guide and accepted values, translated by the caller). */
    public byte[] template(SheetKind kind, List<ExtraSheet> sheets) {
        return SheetWriter.template(kind, sheets);
    }

    /** File name for a download, e.g. "aktorer-regional-motested-bodo.csv". */
    public String fileName(SheetKind kind, SpreadsheetFormat format, UUID eventId) {
        String base = kind == SheetKind.ACTORS ? "aktorer" : "utfordringer";
        String event = eventId == null
                ? ""
                : events.findById(eventId).map(e -> "-" + slug(e.name())).orElse("");
        return base + event + format.extension();
    }

    /**
     * @param eventId the event whose registered actors (or selected challenges) to export, or null for all
     */
    public byte[] export(SheetKind kind, SpreadsheetFormat format, UUID eventId) {
        RegionalEvent event = eventId == null
                ? null
                : events.findById(eventId).orElseThrow(() -> new IllegalArgumentException("no event " + eventId));
        List<List<String>> rows = kind == SheetKind.ACTORS ? actorRows(event) : challengeRows(event);
        return SheetWriter.write(format, kind, rows, false);
    }

    private List<List<String>> actorRows(RegionalEvent event) {
        Map<UUID, Organisation> orgs =
                organisations.findAll().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Registration> eventRegistrations = event == null ? List.of() : registrations.findByEvent(event.id());
        Map<UUID, Registration> byActor =
                eventRegistrations.stream().collect(Collectors.toMap(Registration::actorId, Function.identity()));
        List<Actor> selected = event == null ? actors.findAll() : actors.findByIds(byActor.keySet());
        Map<UUID, Challenge> challengeById = event == null
                ? Map.of()
                : challenges
                        .findByIds(event.challenges().stream()
                                .map(SelectedChallenge::challengeId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Challenge::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (Actor a : selected.stream()
                .sorted(Comparator.comparing(Actor::name)
                        .thenComparing(x -> x.email().value()))
                .toList()) {
            Organisation org = a.organisationId() == null ? null : orgs.get(a.organisationId());
            Registration r = byActor.get(a.id());
            rows.add(List.of(
                    a.name(),
                    a.email().value(),
                    text(a.phone()),
                    org == null ? "" : org.name(),
                    org == null || org.number() == null ? "" : org.number().value(),
                    Actor.sectorOf(org).name(),
                    text(a.roleTitle()),
                    text(a.homeMunicipality()),
                    String.join(SEP, a.themeKeys()),
                    perspectives(a.perspectives()),
                    a.languages().stream().sorted().collect(Collectors.joining(SEP)),
                    text(a.accessibilityNeeds()),
                    yesNo(a.consent().showEmail()),
                    yesNo(a.consent().showPhone()),
                    yesNo(a.consent().showOrganisation()),
                    r == null
                            ? ""
                            : event.rounds().stream()
                                    .filter(x -> r.availableRounds().contains(x.id()))
                                    .map(Round::number)
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(SEP)),
                    r == null
                            ? ""
                            : r.wishes().stream()
                                    .map(id -> challengeById.get(id).title())
                                    .collect(Collectors.joining(SEP)),
                    r == null ? "" : yesNo(r.needsAccessibleTable()),
                    r == null ? "" : r.status().name()));
        }
        return rows;
    }

    private List<List<String>> challengeRows(RegionalEvent event) {
        List<Challenge> list = event == null
                ? challenges.findAll()
                : challenges.findByIds(event.challenges().stream()
                        .map(SelectedChallenge::challengeId)
                        .toList());
        Map<UUID, Actor> hosts = actors
                .findByIds(list.stream()
                        .map(Challenge::hostActorId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (Challenge c : list) {
            SelectedChallenge s = event == null ? null : event.selected(c.id()).orElse(null);
            rows.add(List.of(
                    c.title(),
                    text(c.description()),
                    c.ownerMunicipality(),
                    c.hostActorId() == null
                            ? ""
                            : hosts.get(c.hostActorId()).email().value(),
                    c.themes().stream().sorted().collect(Collectors.joining(SEP)),
                    perspectives(c.neededPerspectives()),
                    c.status().name(),
                    s == null ? "" : String.valueOf(s.minRounds()),
                    s == null ? "" : String.valueOf(s.maxRounds())));
        }
        return rows;
    }

    private static String perspectives(java.util.Set<Perspective> set) {
        return Arrays.stream(Perspective.values())
                .filter(set::contains)
                .map(Enum::name)
                .collect(Collectors.joining(SEP));
    }

    private static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String slug(String s) {
        return java.text.Normalizer.normalize(
                        s.toLowerCase(java.util.Locale.ROOT)
                                .replace("ø", "o")
                                .replace("æ", "ae")
                                .replace("å", "a"),
                        java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-)|(-$)", "");
    }
}
