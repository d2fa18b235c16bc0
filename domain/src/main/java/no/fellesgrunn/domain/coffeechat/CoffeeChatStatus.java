package no.fellesgrunn.domain.coffeechat;

import java.util.EnumSet;
import java.util.Set;

/** A coffee chat is proposed, agreed on a time and place, held, or called off. */
public enum CoffeeChatStatus {
    PROPOSED,
    AGREED,
    HELD,
    CANCELLED;

    public Set<CoffeeChatStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(AGREED, CANCELLED);
            case AGREED -> EnumSet.of(HELD, CANCELLED);
            case HELD, CANCELLED -> EnumSet.noneOf(CoffeeChatStatus.class);
        };
    }
}
