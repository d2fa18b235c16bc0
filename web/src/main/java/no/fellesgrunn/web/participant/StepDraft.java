package no.fellesgrunn.web.participant;

import java.time.LocalDate;
import java.util.UUID;

/** A next step as written after the chat: what, who is responsible (one of the two), by when. */
public record StepDraft(String what, UUID responsibleActorId, LocalDate due) {}
