package no.fellesgrunn.web.organiser.outputs;

import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.web.calendar.IcsCalendar;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/**
 * Printable and downloadable forms of an event's seating plan: the published version, or the
 * latest draft while nothing is published (the documents then say "draft").
 */
@Service
public class OutputsService {
    /** The formats an organiser can download. */
    public enum Output {
        TABLE_CARDS("bordkort.pdf", "application/pdf"),
        SCHEDULES("personlige-program.pdf", "application/pdf"),
        CSV("plan.csv", "text/csv;charset=UTF-8"),
        XLSX("plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CALENDARS("kalenderfiler.zip", "application/zip");

        private final String fileName;
        private final String contentType;

        Output(String fileName, String contentType) {
            this.fileName = fileName;
            this.contentType = contentType;
        }

        public String fileName() {
            return fileName;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final OrganiserEvents organiserEvents;
    private final PlanRepository plans;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final ChallengeRepository challenges;
    private final FellesgrunnI18NProvider i18n;
    private final IcsCalendar ics;

    private final no.fellesgrunn.web.admin.ExportAudit exportAudit;

    public OutputsService(
            OrganiserEvents organiserEvents,
            PlanRepository plans,
            ActorRepository actors,
            OrganisationRepository organisations,
            ChallengeRepository challenges,
            FellesgrunnI18NProvider i18n,
            IcsCalendar ics,
            no.fellesgrunn.web.admin.ExportAudit exportAudit) {
        this.ics = ics;
        this.exportAudit = exportAudit;
        this.organiserEvents = organiserEvents;
        this.plans = plans;
        this.actors = actors;
        this.organisations = organisations;
        this.challenges = challenges;
        this.i18n = i18n;
    }

    /** The plan the outputs are made from, or empty when the event has no plan yet. */
    @RolesAllowed("ORGANISER")
    public Optional<PrintablePlan> plan(UUID eventId, Locale locale) {
        RegionalEvent event = organiserEvents.open(eventId);
        Optional<PlanVersion> chosen = plans.findPublished(eventId).or(() -> {
            List<PlanVersion> versions = plans.findByEvent(eventId);
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        });
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        PlanVersion plan = chosen.get();
        Map<UUID, PrintablePlan.Person> people = new HashMap<>();
        Map<UUID, Organisation> orgs = new HashMap<>();
        for (Actor actor : actors.findByIds(
                plan.seats().stream().map(Seat::actorId).distinct().toList())) {
            Organisation organisation = actor.organisationId() == null
                    ? null
                    : orgs.computeIfAbsent(
                            actor.organisationId(),
                            id -> organisations.findById(id).orElse(null));
            people.put(
                    actor.id(),
                    new PrintablePlan.Person(
                            actor.name(),
                            organisation == null ? null : organisation.name(),
                            i18n.getTranslation(
                                    "seating.sector."
                                            + Actor.sectorOf(organisation).name(),
                                    locale)));
        }
        Map<UUID, String> titles = new HashMap<>();
        challenges
                .findByIds(event.challenges().stream()
                        .map(SelectedChallenge::challengeId)
                        .toList())
                .forEach(c -> titles.put(c.id(), c.title()));
        return Optional.of(PrintablePlan.of(event, plan, people, titles));
    }

    /** The file's bytes; throws when the event has no plan yet. */
    @RolesAllowed("ORGANISER")
    public byte[] render(UUID eventId, Output output, Locale locale) {
        PrintablePlan plan = plan(eventId, locale)
                .orElseThrow(() -> new no.fellesgrunn.web.i18n.AppRefusal(
                        no.fellesgrunn.web.i18n.AppError.NO_SEATING_PLAN,
                        "there is no seating plan yet: run the scheduler first"));
        Function<String, String> label = key -> i18n.getTranslation(key, locale);
        exportAudit.downloaded(eventId, "plan." + output.name());
        return switch (output) {
            case TABLE_CARDS -> PlanDocuments.tableCards(plan, label);
            case SCHEDULES -> PlanDocuments.personalSchedules(plan, label);
            case CSV -> PlanSpreadsheet.csv(plan, label);
            case XLSX -> PlanSpreadsheet.xlsx(plan, label);
            case CALENDARS -> PlanCalendars.zip(plan, ics, label);
        };
    }
}
