package no.fellesgrunn.web.participant;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What I write when I invite someone: the common third (a theme or a challenge), the pitch (why
 * exactly this person, what both could gain), two or three times and a neutral meeting place.
 */
public record ChatInvitation(
        UUID partnerId, String themeKey, UUID challengeId, String pitch, List<LocalDateTime> times, String place) {}
