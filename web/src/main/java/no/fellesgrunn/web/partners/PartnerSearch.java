package no.fellesgrunn.web.partners;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.infra.participant.JdbcChatDirectory;
import no.fellesgrunn.web.participant.CoffeeChats;
import no.fellesgrunn.web.participant.Invitee;
import no.fellesgrunn.web.participant.Me;
import no.fellesgrunn.web.participant.VisibleProfile;
import no.fellesgrunn.web.participant.VisibleProfiles;
import org.springframework.stereotype.Service;

/**
 * Finding partners between events: people who agreed to be found (the coffee-chat directory,
 * chosen on their profile page) and whom I may invite (no declined match between us), filtered by
 * theme, sector and municipality. Sector and municipality filter only on what the person chose to
 * show, so a filter never reveals a hidden organisation. Each hit says why we may share a common
 * third: the themes we share, the same municipality, another sector than mine.
 */
@Service
public class PartnerSearch {
    private final Me me;
    private final CoffeeChats chats;
    private final JdbcChatDirectory directory;
    private final ActorRepository actors;
    private final VisibleProfiles profiles;

    public PartnerSearch(
            Me me, CoffeeChats chats, JdbcChatDirectory directory, ActorRepository actors, VisibleProfiles profiles) {
        this.profiles = profiles;
        this.me = me;
        this.chats = chats;
        this.directory = directory;
        this.actors = actors;
    }

    /** A hit: the person as they show themselves, and why we may share a common third. */
    public record Hit(
            VisibleProfile profile, List<String> sharedThemes, boolean sameMunicipality, boolean otherSector) {}

    /**
     * @param theme        a theme key, or null for any
     * @param sector       a sector, or null for any
     * @param municipality a municipality's name as shown, or null for any
     */
    @RolesAllowed("PARTICIPANT")
    public List<Hit> search(String theme, Sector sector, String municipality) {
        Actor mine = me.actor();
        Set<UUID> listed = directory.listed();
        Map<UUID, Actor> byId =
                actors.findByIds(listed).stream().collect(Collectors.toMap(Actor::id, Function.identity()));
        VisibleProfile myProfile = profiles.of(mine);
        Set<String> myThemes =
                mine.themes().stream().map(ThemeInterest::themeKey).collect(Collectors.toSet());
        List<Hit> hits = new ArrayList<>();
        for (Invitee invitee : chats.invitable()) {
            Actor other = byId.get(invitee.actorId());
            if (other == null) {
                continue;
            }
            List<String> theirThemes =
                    other.themes().stream().map(ThemeInterest::themeKey).toList();
            VisibleProfile shown = invitee.profile();
            if ((theme != null && !theirThemes.contains(theme))
                    || (sector != null && shown.sector() != sector)
                    || (municipality != null && !municipality.equals(shown.municipality()))) {
                continue;
            }
            List<String> shared =
                    theirThemes.stream().filter(myThemes::contains).toList();
            boolean sameMunicipality =
                    shown.municipality() != null && Objects.equals(shown.municipality(), myProfile.municipality());
            boolean otherSector =
                    shown.sector() != null && myProfile.sector() != null && shown.sector() != myProfile.sector();
            hits.add(new Hit(shown, shared, sameMunicipality, otherSector));
        }
        hits.sort(Comparator.comparing((Hit h) -> -h.sharedThemes().size())
                .thenComparing(h -> h.profile().name()));
        return hits;
    }
}
