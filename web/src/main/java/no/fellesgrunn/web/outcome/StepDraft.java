package no.fellesgrunn.web.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A next step as typed into the outcome form: owned by a person at the table or by an organisation.
 *
 * @param id the step's id when it already exists, so its status and due date carry over; null for a new one
 */
public record StepDraft(
        UUID id, String what, UUID ownerActorId, String ownerOrganisation, LocalDate due, String joining) {}
