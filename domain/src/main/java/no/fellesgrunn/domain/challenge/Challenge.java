package no.fellesgrunn.domain.challenge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.common.IllegalTransitionException;

/**
 * The common third: a concrete local problem a municipality brings, tagged with themes and the
 * perspectives needed to work on it.
 *
 * @param hostActorId the actor who presents it at the table, if any
 * @param history     every status change, oldest first
 */
public record Challenge(
        UUID id,
        String title,
        String description,
        String ownerMunicipality,
        UUID hostActorId,
        Set<String> themes,
        Set<Perspective> neededPerspectives,
        ChallengeStatus status,
        List<StatusChange> history,
        int version) {
    public Challenge {
        Check.notNull(id, "challenge id");
        title = Check.text(title, "title", 200);
        description = Check.optionalText(description, "description", 4000);
        Check.municipalityNumber(ownerMunicipality, "owner municipality of challenge '" + title + "'");
        themes = Check.set(themes, "themes");
        neededPerspectives = Check.set(neededPerspectives, "needed perspectives");
        Check.notNull(status, "status");
        history = Check.list(history, "history");
        if (!history.isEmpty() && history.get(history.size() - 1).to() != status) {
            throw new DomainException(
                    DomainError.CHALLENGE_HISTORY_STATUS,
                    "the history of challenge '" + title + "' must end in its status " + status,
                    title);
        }
        Check.version(version);
    }

    public static Challenge draft(
            String title,
            String description,
            String ownerMunicipality,
            UUID hostActorId,
            Set<String> themes,
            Set<Perspective> needed) {
        return new Challenge(
                Ids.newId(),
                title,
                description,
                ownerMunicipality,
                hostActorId,
                themes,
                needed,
                ChallengeStatus.DRAFT,
                List.of(),
                0);
    }

    /** Moves the status along an allowed transition and records it in the history. */
    public Challenge moveTo(ChallengeStatus target, Instant at, String by) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException("challenge '" + title + "'", status, target, status.next());
        }
        List<StatusChange> newHistory = new ArrayList<>(history);
        newHistory.add(new StatusChange(status, target, at, by));
        return new Challenge(
                id,
                title,
                description,
                ownerMunicipality,
                hostActorId,
                themes,
                neededPerspectives,
                target,
                newHistory,
                version);
    }

    public Challenge withVersion(int v) {
        return new Challenge(
                id, title, description, ownerMunicipality, hostActorId, themes, neededPerspectives, status, history, v);
    }

    /** Keeps identity, status, history and version; takes the editable fields from {@code other}. */
    public Challenge withDetailsOf(Challenge other) {
        return new Challenge(
                id,
                other.title,
                other.description,
                other.ownerMunicipality,
                other.hostActorId,
                other.themes,
                other.neededPerspectives,
                status,
                history,
                version);
    }
}
