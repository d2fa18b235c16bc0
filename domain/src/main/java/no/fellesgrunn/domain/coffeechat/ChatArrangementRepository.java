package no.fellesgrunn.domain.coffeechat;

import java.util.Optional;
import java.util.UUID;

/** Port: the arrangement (proposed times, place, confirmations) of each coffee chat. */
public interface ChatArrangementRepository {
    Optional<ChatArrangement> findByChat(UUID chatId);

    /** Inserts or replaces the chat's arrangement. */
    void save(ChatArrangement arrangement);
}
