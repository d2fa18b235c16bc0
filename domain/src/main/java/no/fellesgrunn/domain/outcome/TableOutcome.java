package no.fellesgrunn.domain.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.Ids;

/**
 * What one round table found in one round, the ideas, and the next steps it proposes; written by
 * the challenge's host or the table secretary, commented on by everyone at the table, and
 * confirmed by the host. A confirmed outcome no longer changes, except for comments and the
 * progress of its next steps. Every action takes the {@link TableCircle}, which says who may do it.
 *
 * @param recordedBy  who last wrote the findings and steps
 * @param confirmedBy who confirmed it, or null while it is a draft
 */
public record TableOutcome(
        UUID id,
        UUID eventId,
        UUID roundId,
        UUID tableId,
        UUID challengeId,
        Findings findings,
        List<TableStep> steps,
        List<OutcomeComment> comments,
        UUID recordedBy,
        UUID confirmedBy,
        Instant confirmedAt,
        int version) {
    public TableOutcome {
        Check.notNull(id, "outcome id");
        Check.notNull(eventId, "event");
        Check.notNull(roundId, "round");
        Check.notNull(tableId, "table");
        Check.notNull(findings, "findings");
        steps = Check.list(steps, "next steps");
        comments = Check.list(comments, "comments");
        Check.notNull(recordedBy, "recorded by");
        if ((confirmedBy == null) != (confirmedAt == null)) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_CONFIRMATION, "a confirmed outcome says who confirmed it and when");
        }
        var ids = new HashSet<UUID>();
        for (TableStep step : steps) {
            if (!ids.add(step.id())) {
                throw new OutcomeRefused(
                        DomainError.OUTCOME_DUPLICATE, "next step '" + step.what() + "' is listed twice", step.what());
            }
        }
        Check.version(version);
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }

    /**
     * Writes (or rewrites) the table's findings and next steps, as the host or secretary. A person
     * who owns a step must be at the table; a new or moved due date cannot lie in the past.
     */
    public static TableOutcome record(
            TableCircle circle, UUID by, Findings findings, List<TableStep> steps, LocalDate today) {
        TableOutcome empty = new TableOutcome(
                Ids.newId(),
                circle.eventId(),
                circle.roundId(),
                circle.tableId(),
                circle.challengeId(),
                Findings.NONE,
                List.of(),
                List.of(),
                by,
                null,
                null,
                0);
        return empty.rewrite(circle, by, findings, steps, today);
    }

    public TableOutcome rewrite(
            TableCircle circle, UUID by, Findings newFindings, List<TableStep> newSteps, LocalDate today) {
        requireThisTable(circle);
        if (!circle.mayRecord(by)) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_RECORD, "only the challenge's host or the table secretary records the outcome");
        }
        if (confirmed()) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_CONFIRMED, "the outcome is confirmed and can no longer change");
        }
        Map<UUID, TableStep> before = new HashMap<>();
        steps.forEach(s -> before.put(s.id(), s));
        for (TableStep step : newSteps) {
            if (step.owner().actorId() != null && !circle.atTable(step.owner().actorId())) {
                throw new OutcomeRefused(
                        DomainError.OUTCOME_OWNER_NOT_AT_TABLE,
                        "next step '" + step.what() + "' must be owned by someone at the table or by an organisation",
                        step.what());
            }
            TableStep old = before.get(step.id());
            boolean newDue = old == null || !old.due().equals(step.due());
            if (newDue && step.due().isBefore(today)) {
                throw new OutcomeRefused(
                        DomainError.OUTCOME_DUE_PASSED,
                        "next step '" + step.what() + "' is due " + step.due() + ", which has passed",
                        step.what(),
                        step.due());
            }
        }
        return new TableOutcome(
                id, eventId, roundId, tableId, challengeId, newFindings, newSteps, comments, by, null, null, version);
    }

    /** The host (the secretary at a table without a host) confirms what the table found. */
    public TableOutcome confirm(TableCircle circle, UUID by, Instant at) {
        requireThisTable(circle);
        if (!circle.mayConfirm(by)) {
            throw new OutcomeRefused(DomainError.OUTCOME_CONFIRM, "only the challenge's host confirms the outcome");
        }
        if (confirmed()) {
            throw new OutcomeRefused(DomainError.OUTCOME_CONFIRMED, "the outcome is already confirmed");
        }
        if (findings.commonThird() == null) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_NO_COMMON_THIRD,
                    "write what the table found (the common third) before confirming");
        }
        return new TableOutcome(
                id, eventId, roundId, tableId, challengeId, findings, steps, comments, recordedBy, by, at, version);
    }

    public TableOutcome comment(TableCircle circle, UUID by, String text, Instant at) {
        requireThisTable(circle);
        if (!circle.mayComment(by)) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_COMMENT, "only the people at the table comment on its outcome");
        }
        List<OutcomeComment> more = new ArrayList<>(comments);
        more.add(new OutcomeComment(Ids.newId(), by, text, at));
        return new TableOutcome(
                id,
                eventId,
                roundId,
                tableId,
                challengeId,
                findings,
                steps,
                more,
                recordedBy,
                confirmedBy,
                confirmedAt,
                version);
    }

    /**
     * Moves a next step on. Its owner does; a step owned by an organisation is moved by the host,
     * the secretary or an organiser of the event; the host and secretary may move any step.
     */
    public TableOutcome moveStep(TableCircle circle, UUID by, UUID stepId, StepStatus target) {
        requireThisTable(circle);
        List<TableStep> moved = new ArrayList<>();
        boolean found = false;
        for (TableStep step : steps) {
            if (step.id().equals(stepId)) {
                found = true;
                if (!mayMove(circle, step, by)) {
                    throw new OutcomeRefused(
                            DomainError.OUTCOME_MOVE,
                            "only the owner of next step '" + step.what() + "' changes its status",
                            step.what());
                }
                moved.add(step.moveTo(target));
            } else {
                moved.add(step);
            }
        }
        if (!found) {
            throw new OutcomeRefused(
                    DomainError.OUTCOME_NO_STEP, "next step " + stepId + " is not part of this outcome");
        }
        return new TableOutcome(
                id,
                eventId,
                roundId,
                tableId,
                challengeId,
                findings,
                moved,
                comments,
                recordedBy,
                confirmedBy,
                confirmedAt,
                version);
    }

    public static boolean mayMove(TableCircle circle, TableStep step, UUID by) {
        if (step.owner().isPerson(by) || circle.mayRecord(by)) {
            return true;
        }
        return step.owner().actorId() == null && circle.organisers().contains(by);
    }

    public TableOutcome withVersion(int v) {
        return new TableOutcome(
                id,
                eventId,
                roundId,
                tableId,
                challengeId,
                findings,
                steps,
                comments,
                recordedBy,
                confirmedBy,
                confirmedAt,
                v);
    }

    private void requireThisTable(TableCircle circle) {
        if (!circle.eventId().equals(eventId)
                || !circle.roundId().equals(roundId)
                || !circle.tableId().equals(tableId)) {
            throw new OutcomeRefused(DomainError.OUTCOME_OTHER_TABLE, "the outcome belongs to another table or round");
        }
    }
}
