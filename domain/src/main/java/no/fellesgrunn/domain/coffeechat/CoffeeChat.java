package no.fellesgrunn.domain.coffeechat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.common.IllegalTransitionException;

/**
 * An informal first conversation between an initiator (usually a municipal employee) and a
 * possible partner, to find out whether they share a common third. Ends with next steps.
 *
 * @param matchId       the match that suggested it, if any
 * @param commonThird   the theme key they meet about
 * @param meetingPlace  preferably neutral ground: a library, a café
 * @param pitch         why exactly this person was invited and what both could gain
 */
public record CoffeeChat(
        UUID id,
        UUID matchId,
        UUID initiatorId,
        UUID partnerId,
        String commonThird,
        String meetingPlace,
        LocalDateTime scheduledAt,
        String pitch,
        String summary,
        CoffeeChatStatus status,
        List<NextStep> nextSteps,
        int version) {
    public CoffeeChat {
        Check.notNull(id, "coffee chat id");
        Check.notNull(initiatorId, "initiator");
        Check.notNull(partnerId, "partner");
        if (initiatorId.equals(partnerId)) {
            throw new DomainException(DomainError.CHAT_NEEDS_TWO_PEOPLE, "a coffee chat needs two different people");
        }
        commonThird = Check.optionalText(commonThird, "common third", 60);
        meetingPlace = Check.optionalText(meetingPlace, "meeting place", 300);
        pitch = Check.optionalText(pitch, "pitch", 2000);
        summary = Check.optionalText(summary, "summary", 4000);
        Check.notNull(status, "status");
        nextSteps = Check.list(nextSteps, "next steps");
        var ids = new HashSet<UUID>();
        for (NextStep step : nextSteps) {
            if (!step.responsibleActorId().equals(initiatorId)
                    && !step.responsibleActorId().equals(partnerId)) {
                throw new DomainException(
                        DomainError.NEXT_STEP_RESPONSIBLE,
                        "next step '" + step.what()
                                + "' must be the responsibility of one of the two people in the chat",
                        step.what());
            }
            if (!ids.add(step.id())) {
                throw new DomainException(
                        DomainError.NEXT_STEP_TWICE, "next step '" + step.what() + "' is listed twice", step.what());
            }
        }
        Check.version(version);
    }

    public static CoffeeChat propose(UUID matchId, UUID initiator, UUID partner, String commonThird, String pitch) {
        return new CoffeeChat(
                Ids.newId(),
                matchId,
                initiator,
                partner,
                commonThird,
                null,
                null,
                pitch,
                null,
                CoffeeChatStatus.PROPOSED,
                List.of(),
                0);
    }

    public CoffeeChat agree(String place, LocalDateTime at) {
        return move(CoffeeChatStatus.AGREED, place, at, summary, nextSteps);
    }

    /**
     * Every conversation ends with a shared summary and who does what next, written at {@code now}
     * (Oslo's wall-clock time): only once the agreed meeting time has come (a summary of a chat that
     * has not taken place is not a summary), and no next step may be due before the day it is agreed.
     */
    public CoffeeChat held(String summaryText, List<NextStep> steps, LocalDateTime now) {
        if (now == null) {
            throw new IllegalArgumentException("when the summary is written");
        }
        if (scheduledAt != null && now.isBefore(scheduledAt)) {
            throw new DomainException(
                    DomainError.CHAT_SUMMARY_BEFORE_MEETING,
                    "the coffee chat is agreed for " + scheduledAt + ": summarise it after it has taken place");
        }
        if (summaryText == null || summaryText.isBlank()) {
            throw new DomainException(
                    DomainError.CHAT_SUMMARY_FIRST, "summarise the coffee chat before marking it held");
        }
        if (steps.isEmpty()) {
            throw new DomainException(
                    DomainError.CHAT_NEXT_STEP_NEEDED,
                    "agree on at least one next step: what, who is responsible, and by when");
        }
        LocalDate today = now.toLocalDate();
        for (NextStep step : steps) {
            if (step.due() != null && step.due().isBefore(today)) {
                throw new DomainException(
                        DomainError.NEXT_STEP_DUE_PASSED,
                        "next step '" + step.what() + "' is due " + step.due() + ", which has passed",
                        step.what(),
                        step.due());
            }
        }
        return move(CoffeeChatStatus.HELD, meetingPlace, scheduledAt, summaryText, steps);
    }

    public CoffeeChat cancel() {
        return move(CoffeeChatStatus.CANCELLED, meetingPlace, scheduledAt, summary, nextSteps);
    }

    public CoffeeChat withNextStepDone(UUID stepId) {
        List<NextStep> steps = new ArrayList<>();
        boolean found = false;
        for (NextStep s : nextSteps) {
            if (s.id().equals(stepId)) {
                steps.add(s.markDone());
                found = true;
            } else {
                steps.add(s);
            }
        }
        if (!found) {
            throw new DomainException(
                    DomainError.NEXT_STEP_UNKNOWN, "next step " + stepId + " is not part of this coffee chat");
        }
        return new CoffeeChat(
                id,
                matchId,
                initiatorId,
                partnerId,
                commonThird,
                meetingPlace,
                scheduledAt,
                pitch,
                summary,
                status,
                steps,
                version);
    }

    public CoffeeChat withVersion(int v) {
        return new CoffeeChat(
                id,
                matchId,
                initiatorId,
                partnerId,
                commonThird,
                meetingPlace,
                scheduledAt,
                pitch,
                summary,
                status,
                nextSteps,
                v);
    }

    private CoffeeChat move(
            CoffeeChatStatus target, String place, LocalDateTime at, String summaryText, List<NextStep> steps) {
        if (!status.next().contains(target)) {
            throw new IllegalTransitionException("coffee chat", status, target, status.next());
        }
        return new CoffeeChat(
                id,
                matchId,
                initiatorId,
                partnerId,
                commonThird,
                place,
                at,
                pitch,
                summaryText,
                target,
                steps,
                version);
    }
}
