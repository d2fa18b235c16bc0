package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;

/** Names of sectors and perspectives in Norwegian (bokmål) and English, for the readable reasons. */
final class Wording {
    private Wording() {
    }

    static String english(Sector sector) {
        return switch (sector) {
            case MUNICIPALITY -> "municipality";
            case COUNTY -> "county";
            case STATE -> "state";
            case BUSINESS -> "business";
            case VOLUNTARY -> "voluntary sector";
            case SOCIAL_ENTREPRENEUR -> "social entrepreneur";
            case RESEARCH -> "research";
            case CITIZEN -> "citizen";
        };
    }

    static String norwegian(Sector sector) {
        return switch (sector) {
            case MUNICIPALITY -> "kommune";
            case COUNTY -> "fylkeskommune";
            case STATE -> "stat";
            case BUSINESS -> "næringsliv";
            case VOLUNTARY -> "frivillig sektor";
            case SOCIAL_ENTREPRENEUR -> "sosial entreprenør";
            case RESEARCH -> "forskning";
            case CITIZEN -> "innbygger";
        };
    }

    static String english(Perspective perspective) {
        return switch (perspective) {
            case DRIVER -> "driver";
            case CREATIVE -> "creative";
            case LIVED_EXPERIENCE -> "lived experience";
            case DECISION_MAKER -> "decision maker";
        };
    }

    static String norwegian(Perspective perspective) {
        return switch (perspective) {
            case DRIVER -> "ildsjel";
            case CREATIVE -> "kreativ";
            case LIVED_EXPERIENCE -> "erfaringskompetanse";
            case DECISION_MAKER -> "beslutningstaker";
        };
    }

    /** "a", "a and b", "a, b and c" (or with "og"). */
    static String list(Collection<String> items, String and) {
        List<String> list = new ArrayList<>(items);
        if (list.size() <= 1) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " " + and + " " + list.get(list.size() - 1);
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
