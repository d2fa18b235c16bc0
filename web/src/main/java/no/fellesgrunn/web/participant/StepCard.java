package no.fellesgrunn.web.participant;

import java.time.LocalDate;
import java.util.UUID;

/** A next step from one of my coffee chats; overdue when its due date has passed and it is not done. */
public record StepCard(
        UUID chatId,
        UUID stepId,
        String what,
        String responsible,
        boolean mine,
        LocalDate due,
        boolean done,
        boolean overdue,
        String withWhom) {}
