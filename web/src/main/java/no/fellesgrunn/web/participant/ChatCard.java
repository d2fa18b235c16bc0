package no.fellesgrunn.web.participant;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import no.fellesgrunn.domain.coffeechat.CoffeeChatStatus;

/**
 * One of my coffee chats as I see it.
 *
 * @param commonThemeKey  the common third when it is a theme
 * @param challengeTitle  the common third when it is a challenge
 * @param myTurn          the times on the table wait for my answer
 * @param iConfirmed      I confirmed the summary as our shared understanding
 */
public record ChatCard(
        UUID id,
        VisibleProfile other,
        boolean iInvited,
        CoffeeChatStatus status,
        String commonThemeKey,
        String challengeTitle,
        String pitch,
        List<LocalDateTime> proposedTimes,
        String proposedPlace,
        boolean myTurn,
        LocalDateTime scheduledAt,
        String meetingPlace,
        String summary,
        List<StepCard> steps,
        boolean iConfirmed,
        boolean sharedUnderstanding) {}
