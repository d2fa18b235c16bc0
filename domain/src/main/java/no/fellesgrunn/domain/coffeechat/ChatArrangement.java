package no.fellesgrunn.domain.coffeechat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * How two people arrive at a time and place for their coffee chat, and how they end it: one
 * proposes two or three times and a neutral meeting place, the other accepts one of them or
 * proposes others; after the chat both confirm that they share the understanding in the summary.
 *
 * @param proposedBy    who put the current times on the table; the other one answers
 * @param proposedPlace a place where both feel at ease: a library, a café, a community house
 * @param challengeId   the challenge they meet about when the common third is a challenge, not a theme
 * @param confirmedBy   the people who confirmed the summary and next steps
 */
public record ChatArrangement(
        UUID chatId,
        UUID proposedBy,
        List<LocalDateTime> proposedTimes,
        String proposedPlace,
        UUID challengeId,
        Set<UUID> confirmedBy) {
    public static final int MAX_TIMES = 3;
    /** The method asks for neutral ground: municipal staff go out to meet, not the other way round. */
    private static final List<String> NOT_NEUTRAL = List.of("rådhus", "radhus", "town hall", "city hall", "kommunehus");

    public ChatArrangement {
        Check.notNull(chatId, "coffee chat");
        Check.notNull(proposedBy, "who proposed the times");
        proposedTimes = Check.list(proposedTimes, "proposed times");
        if (proposedTimes.isEmpty() || proposedTimes.size() > MAX_TIMES) {
            throw new DomainException(
                    DomainError.CHAT_TIMES_COUNT,
                    "propose one to " + MAX_TIMES + " times, not " + proposedTimes.size(),
                    MAX_TIMES);
        }
        if (new HashSet<>(proposedTimes).size() != proposedTimes.size()) {
            throw new DomainException(DomainError.CHAT_TIME_TWICE, "the same time is proposed twice");
        }
        proposedTimes = proposedTimes.stream().sorted().toList();
        proposedPlace = Check.text(proposedPlace, "meeting place", 300);
        String lower = proposedPlace.toLowerCase(Locale.ROOT);
        for (String word : NOT_NEUTRAL) {
            if (lower.contains(word)) {
                throw new DomainException(
                        DomainError.CHAT_PLACE_NOT_NEUTRAL,
                        "meet on neutral ground (a library, a café, a community house), not at '" + proposedPlace + "'",
                        proposedPlace);
            }
        }
        confirmedBy = Check.set(confirmedBy, "confirmed by");
    }

    /** The initiator's first proposal, made together with the invitation. */
    public static ChatArrangement propose(
            CoffeeChat chat, UUID by, List<LocalDateTime> times, String place, UUID challengeId) {
        requireStatus(chat, CoffeeChatStatus.PROPOSED, "propose times");
        if (!chat.initiatorId().equals(by)) {
            throw new DomainException(
                    DomainError.CHAT_ONLY_INVITER_PROPOSES, "only the one who invites proposes the first times");
        }
        // The method: offer a choice, so the other can say yes without a round of mails.
        if (times != null && times.size() < 2) {
            throw new DomainException(
                    DomainError.CHAT_PROPOSE_TWO_OR_THREE,
                    "propose two or three times to choose from, not " + times.size());
        }
        return new ChatArrangement(chat.id(), by, times, place, challengeId, Set.of());
    }

    /** The one who was asked proposes other times (and perhaps another place); now the other answers. */
    public ChatArrangement counter(CoffeeChat chat, UUID by, List<LocalDateTime> times, String place) {
        requireStatus(chat, CoffeeChatStatus.PROPOSED, "propose other times");
        requireAnswerer(chat, by);
        return new ChatArrangement(
                chatId, by, times, place == null || place.isBlank() ? proposedPlace : place, challengeId, Set.of());
    }

    /** The one who was asked accepts one of the proposed times: the chat is agreed. */
    public CoffeeChat accept(CoffeeChat chat, UUID by, LocalDateTime time) {
        requireStatus(chat, CoffeeChatStatus.PROPOSED, "accept a time");
        requireAnswerer(chat, by);
        if (!proposedTimes.contains(time)) {
            throw new DomainException(
                    DomainError.CHAT_ACCEPT_A_PROPOSED_TIME,
                    "accept one of the proposed times " + proposedTimes + ", not " + time);
        }
        return chat.agree(proposedPlace, time);
    }

    /** One of the two confirms that the summary and next steps are their shared understanding. */
    public ChatArrangement confirm(CoffeeChat chat, UUID by) {
        requireStatus(chat, CoffeeChatStatus.HELD, "confirm the summary");
        requireParty(chat, by);
        Set<UUID> confirmed = new HashSet<>(confirmedBy);
        confirmed.add(by);
        return new ChatArrangement(chatId, proposedBy, proposedTimes, proposedPlace, challengeId, confirmed);
    }

    public boolean sharedUnderstanding(CoffeeChat chat) {
        return confirmedBy.contains(chat.initiatorId()) && confirmedBy.contains(chat.partnerId());
    }

    /** Whose turn it is to answer the proposed times. */
    public UUID answerer(CoffeeChat chat) {
        return proposedBy.equals(chat.initiatorId()) ? chat.partnerId() : chat.initiatorId();
    }

    private void requireAnswerer(CoffeeChat chat, UUID by) {
        requireParty(chat, by);
        if (by.equals(proposedBy)) {
            throw new DomainException(
                    DomainError.CHAT_WAIT_FOR_ANSWER,
                    "you proposed these times yourself; wait for the other person's answer");
        }
    }

    private static void requireParty(CoffeeChat chat, UUID by) {
        if (!chat.initiatorId().equals(by) && !chat.partnerId().equals(by)) {
            throw new DomainException(
                    DomainError.CHAT_ONLY_THE_TWO, "only the two people in the coffee chat can do this");
        }
    }

    private static void requireStatus(CoffeeChat chat, CoffeeChatStatus status, String what) {
        if (chat.status() != status) {
            throw new DomainException(
                    DomainError.CHAT_WRONG_STATUS,
                    "cannot " + what + " in a coffee chat that is " + chat.status(),
                    chat.status());
        }
    }
}
