package no.fellesgrunn.web.organiser;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The rule behind the whole organiser workspace: an organiser sees and changes only the events
 * they organise (the event's organisers are actors; an organiser's account is linked to their
 * actor). Every organiser service asks here before it reads or writes an event, so the rule holds
 * on the server whatever a view shows or hides.
 */
@Service
public class OrganiserEvents {
    private final RegionalEventRepository events;
    private final ActorRepository actors;
    private final CurrentUser currentUser;

    public OrganiserEvents(RegionalEventRepository events, ActorRepository actors, CurrentUser currentUser) {
        this.events = events;
        this.actors = actors;
        this.currentUser = currentUser;
    }

    /** The events the signed-in organiser organises, soonest first. */
    @RolesAllowed("ORGANISER")
    public List<RegionalEvent> mine() {
        return me().map(actor -> events.findAll().stream()
                        .filter(event -> event.organisers().contains(actor.id()))
                        .sorted(Comparator.comparing(RegionalEvent::date).thenComparing(RegionalEvent::name))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The event, if the signed-in organiser organises it. An event that does not exist and one
     * that belongs to others are refused alike, so ids cannot be probed.
     *
     * @throws AccessDeniedException otherwise
     */
    @RolesAllowed("ORGANISER")
    public RegionalEvent open(UUID eventId) {
        Optional<Actor> me = me();
        return events.findById(eventId)
                .filter(event ->
                        me.isPresent() && event.organisers().contains(me.get().id()))
                .orElseThrow(() -> new AccessDeniedException("You do not organise this event."));
    }

    /** Whose stored profiles the signed-in organiser may change on someone's behalf ({@link ProfileSteward}). */
    @RolesAllowed("ORGANISER")
    public ProfileSteward steward() {
        if (currentUser.hasRole(Role.ADMIN)) {
            return ProfileSteward.administrator();
        }
        return ProfileSteward.organiserOf(mine().stream().map(RegionalEvent::id).collect(Collectors.toSet()));
    }

    /** The signed-in person's actor profile, if they have one. */
    public Optional<Actor> me() {
        return currentUser.account().flatMap(account -> actors.findByUserAccount(account.id()));
    }
}
