package no.fellesgrunn.web.organiser.events;

import java.time.LocalDate;
import java.util.UUID;
import no.fellesgrunn.domain.event.EventStatus;

/**
 * One line of the organiser's event list.
 *
 * @param registrations actors taking part (registered or attended)
 * @param seats         places at all tables in one round
 * @param nextStep      translation key of the next thing to do
 */
public record EventSummary(
        UUID id,
        String name,
        LocalDate date,
        String place,
        EventStatus status,
        int challenges,
        int registrations,
        int seats,
        String nextStep) {}
