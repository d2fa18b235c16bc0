package no.fellesgrunn.domain.coffeechat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: coffee chats with their next steps. */
public interface CoffeeChatRepository {
    Optional<CoffeeChat> findById(UUID id);

    /** Chats the actor initiated or was invited to. */
    List<CoffeeChat> findByActor(UUID actorId);

    /** Held chats with at least one next step not done: the steps the reminder job looks at. */
    List<CoffeeChat> findHeldWithOpenSteps();

    /** Inserts (version 0) or updates (optimistic locking); returns it with its new version. */
    CoffeeChat save(CoffeeChat chat, String editedBy);
}
