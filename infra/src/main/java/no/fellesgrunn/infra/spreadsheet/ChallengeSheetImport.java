package no.fellesgrunn.infra.spreadsheet;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.registration.Registration;

/**
 * Turns the rows of a challenges file into challenges, recognised by title and owner
 * municipality. Imported into an event, the challenges are selected for it (with their min and
 * max rounds) and their hosts must be registered.
 */
final class ChallengeSheetImport {
    private static final Set<ChallengeStatus> SELECTABLE =
            Set.of(ChallengeStatus.SELECTED, ChallengeStatus.IN_PROGRESS, ChallengeStatus.FOLLOWED_UP);
    private final Lookups lookups;
    private final Map<String, Challenge> stored;
    private final RegionalEvent event;
    private final Set<UUID> registeredActors;
    private final String editedBy;
    private final Instant now;

    ChallengeSheetImport(
            Lookups lookups,
            List<Challenge> storedChallenges,
            RegionalEvent event,
            List<Registration> eventRegistrations,
            String editedBy,
            Instant now) {
        this.lookups = lookups;
        this.stored = storedChallenges.stream()
                .collect(Collectors.toMap(ChallengeSheetImport::key, Function.identity(), (a, b) -> a));
        this.event = event;
        this.registeredActors = eventRegistrations.stream()
                .filter(r -> r.status().isTakingPart())
                .map(Registration::actorId)
                .collect(Collectors.toSet());
        this.editedBy = editedBy;
        this.now = now;
    }

    private static String key(Challenge c) {
        return Lookups.lower(c.title()) + "/" + c.ownerMunicipality();
    }

    ImportPlan plan(RawSheet sheet) {
        ImportPlan plan = new ImportPlan();
        Set<String> columns = new HashSet<>();
        sheet.header().forEach(h -> columns.add(Lookups.lower(h)));
        Map<String, Integer> seen = new HashMap<>();
        List<SelectedChallenge> selections = event == null ? List.of() : new ArrayList<>(event.challenges());
        for (RawSheet.RawRow raw : sheet.rows()) {
            RowContext row = new RowContext(raw, columns, plan.errors);
            try {
                Challenge challenge = parse(row, seen, selections);
                if (challenge == null || row.hasErrors()) {
                    continue;
                }
                Challenge before = stored.get(key(challenge));
                if (!challenge.equals(before)) {
                    plan.challenges.add(challenge);
                }
                plan.countRow(challenge.version() == 0, !challenge.equals(before));
            } catch (DomainException e) {
                row.error(new ImportError(row.number(), "", "", e.code(), e.args()));
            }
        }
        if (event != null && plan.errors.isEmpty()) {
            RegionalEvent updated = event.withChallenges(selections);
            if (!updated.equals(event)) {
                plan.event = updated;
            }
        }
        return plan;
    }

    private Challenge parse(RowContext row, Map<String, Integer> seen, List<SelectedChallenge> selections) {
        String title = row.required("title");
        String ownerText = row.required("owner_municipality");
        String owner = null;
        if (!ownerText.isEmpty()) {
            Lookups.Result<Municipality> m = lookups.municipality(ownerText);
            if (m.ok()) {
                owner = m.value().number();
            } else {
                row.error("owner_municipality", ownerText, m.problem(), m.args());
            }
        }
        if (title.isEmpty() || owner == null) {
            return null;
        }
        String key = Lookups.lower(title) + "/" + owner;
        Integer earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            row.error("title", title, ImportProblem.CHALLENGE_DUPLICATE, earlier);
        }
        Challenge before = stored.get(key);
        UUID host = before == null || row.has("host_email") ? null : before.hostActorId();
        String hostEmail = row.optional("host_email");
        if (hostEmail != null) {
            Actor actor = lookups.actorByEmail(Lookups.lower(hostEmail)).orElse(null);
            if (actor == null) {
                row.error("host_email", hostEmail, ImportProblem.HOST_UNKNOWN);
            } else {
                host = actor.id();
                if (event != null && !registeredActors.contains(host)) {
                    row.error("host_email", hostEmail, ImportProblem.HOST_NOT_REGISTERED, event.name());
                }
            }
        }
        Set<String> themes = new LinkedHashSet<>();
        for (String t : row.list("themes")) {
            lookups.theme(t)
                    .ifPresentOrElse(
                            theme -> themes.add(theme.key()),
                            () -> row.error("themes", t, ImportProblem.THEME_UNKNOWN));
        }
        Set<Perspective> perspectives = new LinkedHashSet<>();
        for (String v : row.list("needed_perspectives")) {
            Perspective p = row.enumValue("needed_perspectives", v, Perspective.class);
            if (p != null) {
                perspectives.add(p);
            }
        }
        String statusText = row.optional("status");
        ChallengeStatus target = statusText == null ? null : row.enumValue("status", statusText, ChallengeStatus.class);
        if (row.hasErrors()) {
            return null;
        }
        Challenge draft = new Challenge(
                before == null ? Ids.newId() : before.id(),
                title,
                row.optional("description"),
                owner,
                host,
                before != null && !row.has("themes") ? before.themes() : themes,
                before != null && !row.has("needed_perspectives") ? before.neededPerspectives() : perspectives,
                ChallengeStatus.DRAFT,
                List.of(),
                0);
        Challenge challenge = before == null ? draft : before.withDetailsOf(draft);
        if (target == null) {
            target = before != null
                    ? before.status()
                    : event != null ? ChallengeStatus.SELECTED : ChallengeStatus.SUBMITTED;
            if (event != null && !SELECTABLE.contains(target)) {
                target = ChallengeStatus.SELECTED;
            }
        }
        if (event != null && !SELECTABLE.contains(target)) {
            row.error("status", statusText, ImportProblem.CHALLENGE_STATUS_FOR_EVENT);
            return null;
        }
        challenge = moveAlong(row, challenge, target);
        if (challenge != null && event != null) {
            select(row, challenge, selections);
        }
        return challenge;
    }

    /** Moves the status to the target along allowed steps, each recorded in the history. */
    private Challenge moveAlong(RowContext row, Challenge challenge, ChallengeStatus target) {
        List<ChallengeStatus> path = path(challenge.status(), target);
        if (path == null) {
            row.error(
                    "status",
                    target.name(),
                    ImportProblem.STATUS_UNREACHABLE,
                    challenge.status().name(),
                    target.name());
            return null;
        }
        for (ChallengeStatus step : path) {
            challenge = challenge.moveTo(step, now, editedBy);
        }
        return challenge;
    }

    /** Shortest chain of allowed transitions, or null if the target cannot be reached. */
    static List<ChallengeStatus> path(ChallengeStatus from, ChallengeStatus to) {
        Map<ChallengeStatus, ChallengeStatus> previous = new EnumMap<>(ChallengeStatus.class);
        Deque<ChallengeStatus> queue = new ArrayDeque<>(List.of(from));
        Set<ChallengeStatus> visited = new HashSet<>(List.of(from));
        while (!queue.isEmpty()) {
            ChallengeStatus s = queue.poll();
            if (s == to) {
                List<ChallengeStatus> path = new ArrayList<>();
                for (ChallengeStatus at = to; at != from; at = previous.get(at)) {
                    path.add(0, at);
                }
                return path;
            }
            for (ChallengeStatus next : s.next()) {
                if (visited.add(next)) {
                    previous.put(next, s);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private void select(RowContext row, Challenge challenge, List<SelectedChallenge> selections) {
        int rounds = Math.max(1, event.rounds().size());
        Integer min = row.integer("min_rounds", 1, rounds);
        Integer max = row.integer("max_rounds", 1, rounds);
        if (row.hasErrors()) {
            return;
        }
        SelectedChallenge current = event.selected(challenge.id()).orElse(null);
        int minRounds = min != null ? min : current != null ? current.minRounds() : 1;
        int maxRounds = max != null ? max : current != null ? current.maxRounds() : rounds;
        if (minRounds > maxRounds) {
            row.error("max_rounds", String.valueOf(maxRounds), ImportProblem.MAX_BELOW_MIN, minRounds);
            return;
        }
        SelectedChallenge selection = new SelectedChallenge(challenge.id(), minRounds, maxRounds);
        int index = -1;
        for (int i = 0; i < selections.size(); i++) {
            if (selections.get(i).challengeId().equals(challenge.id())) {
                index = i;
            }
        }
        if (index >= 0) {
            selections.set(index, selection);
        } else {
            selections.add(selection);
        }
    }
}
