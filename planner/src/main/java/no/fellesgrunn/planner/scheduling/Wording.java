package no.fellesgrunn.planner.scheduling;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/** Names of perspectives and sectors for people, in Norwegian and English. */
final class Wording {
    private Wording() {
    }

    /** "ingen med levd erfaring" / "no one with lived experience". */
    static Text noOneWith(Perspective perspective) {
        return switch (perspective) {
            case DRIVER -> new Text("ingen ildsjel som brenner for nye løsninger",
                    "no driver who burns for new solutions");
            case CREATIVE -> new Text("ingen med et kreativt perspektiv", "no one with a creative perspective");
            case LIVED_EXPERIENCE -> new Text("ingen med levd erfaring", "no one with lived experience");
            case DECISION_MAKER -> new Text("ingen beslutningstaker med midler og posisjon til å handle",
                    "no decision maker with the means and position to act");
        };
    }

    static Text perspective(Perspective perspective) {
        return switch (perspective) {
            case DRIVER -> new Text("ildsjel", "driver");
            case CREATIVE -> new Text("kreativt perspektiv", "creative perspective");
            case LIVED_EXPERIENCE -> new Text("levd erfaring", "lived experience");
            case DECISION_MAKER -> new Text("beslutningstaker", "decision maker");
        };
    }

    static Text sector(Sector sector) {
        return switch (sector) {
            case MUNICIPALITY -> new Text("kommune", "municipality");
            case COUNTY -> new Text("fylkeskommune", "county");
            case STATE -> new Text("stat", "state");
            case BUSINESS -> new Text("næringsliv", "business");
            case VOLUNTARY -> new Text("frivillig sektor", "voluntary sector");
            case SOCIAL_ENTREPRENEUR -> new Text("sosiale entreprenører", "social entrepreneurs");
            case RESEARCH -> new Text("forskning", "research");
            case CITIZEN -> new Text("innbyggere", "citizens");
        };
    }
}
