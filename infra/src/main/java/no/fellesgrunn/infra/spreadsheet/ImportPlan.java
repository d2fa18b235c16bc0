package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.registration.Registration;

/** What a valid file would change: only new or changed things, so a second import changes nothing; counts are per row. */
final class ImportPlan {
    final List<ImportError> errors = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    final List<Actor> actors = new ArrayList<>();
    final List<Registration> registrations = new ArrayList<>();
    final List<Challenge> challenges = new ArrayList<>();
    RegionalEvent event;
    int created;
    int updated;
    int unchanged;
    int keptProfiles;

    /** Counts one row as new (a new person or registration; a new challenge), changed, or unchanged. */
    void countRow(boolean isNew, boolean changed) {
        if (isNew) {
            created++;
        } else if (changed) {
            updated++;
        } else {
            unchanged++;
        }
    }
}
