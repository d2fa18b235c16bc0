package no.fellesgrunn.web.organiser.challenges;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.challenge.ChallengeStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.spreadsheet.ImportReport;
import no.fellesgrunn.infra.spreadsheet.ImportService;
import no.fellesgrunn.infra.spreadsheet.SheetKind;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Municipalities' challenges as an event's organisers receive them: entered on a municipality's
 * behalf, reviewed, selected for the event with the rounds they run in, or taken off again. An
 * organiser sees the challenges of the municipalities in the event's counties and those already
 * selected for it. Changes to the challenge and the event are saved together or not at all.
 */
@Service
public class ChallengeIntake {
    private final OrganiserEvents organiserEvents;
    private final ChallengeRepository challenges;
    private final RegionalEventRepository events;
    private final RegistrationRepository registrations;
    private final ReferenceDataRepository reference;
    private final CurrentUser currentUser;
    private final ImportService importService;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    public ChallengeIntake(
            OrganiserEvents organiserEvents,
            ChallengeRepository challenges,
            RegionalEventRepository events,
            RegistrationRepository registrations,
            ReferenceDataRepository reference,
            CurrentUser currentUser,
            ImportService importService,
            DataSource dataSource) {
        this.importService = importService;
        this.organiserEvents = organiserEvents;
        this.challenges = challenges;
        this.events = events;
        this.registrations = registrations;
        this.reference = reference;
        this.currentUser = currentUser;
        // Same DataSource as the repositories, so their statements join this transaction.
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @RolesAllowed("ORGANISER")
    public List<ChallengeRow> challenges(UUID eventId, ChallengeFilter filter) {
        RegionalEvent event = organiserEvents.open(eventId);
        Map<String, String> municipalityNames =
                reference.municipalities().stream().collect(Collectors.toMap(Municipality::number, Municipality::name));
        Map<UUID, Integer> wishes = new HashMap<>();
        for (Registration r : registrations.findByEvent(eventId)) {
            if (r.status().isTakingPart()) {
                r.wishes().forEach(w -> wishes.merge(w, 1, Integer::sum));
            }
        }
        return challenges.findAll().stream()
                .filter(c -> inScope(event, c))
                .filter(c -> filter.theme() == null || c.themes().contains(filter.theme()))
                .filter(c -> filter.county() == null
                        || Municipality.countyCodeOf(c.ownerMunicipality()).equals(filter.county()))
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .map(c -> new ChallengeRow(
                        c,
                        municipalityNames.getOrDefault(c.ownerMunicipality(), c.ownerMunicipality()),
                        event.selected(c.id()).orElse(null),
                        wishes.getOrDefault(c.id(), 0)))
                .sorted(Comparator.comparing((ChallengeRow r) -> !r.selected())
                        .thenComparing(r -> r.challenge().title()))
                .toList();
    }

    /** Enters a municipality's challenge on its behalf; it arrives as SUBMITTED. */
    @RolesAllowed("ORGANISER")
    public Challenge submit(UUID eventId, ChallengeDraft draft) {
        RegionalEvent event = organiserEvents.open(eventId);
        if (draft.ownerMunicipality() == null
                || !event.counties().contains(Municipality.countyCodeOf(draft.ownerMunicipality()))) {
            throw new AppRefusal(
                    AppError.OWNER_OUTSIDE_EVENT_COUNTIES,
                    "the owner municipality must be in a county the event covers");
        }
        if (challenges
                .findByTitleAndOwner(draft.title(), draft.ownerMunicipality())
                .isPresent()) {
            throw new TitleTaken();
        }
        Challenge challenge = Challenge.draft(
                        draft.title(),
                        draft.description(),
                        draft.ownerMunicipality(),
                        draft.hostActorId(),
                        draft.themes(),
                        draft.neededPerspectives())
                .moveTo(ChallengeStatus.SUBMITTED, clock.instant(), editedBy());
        return challenges.save(challenge, editedBy());
    }

    /**
     * Selects a submitted (or already selected) challenge for the event, running in min..max rounds.
     *
     * @param eventVersion the event's version as the organiser saw it (optimistic locking)
     */
    @RolesAllowed("ORGANISER")
    public RegionalEvent select(UUID eventId, int eventVersion, UUID challengeId, int minRounds, int maxRounds) {
        RegionalEvent event = organiserEvents.open(eventId);
        Challenge challenge = challenges
                .findById(challengeId)
                .filter(c -> inScope(event, c))
                .orElseThrow(() -> new AppRefusal(
                        AppError.CHALLENGE_OUTSIDE_REGION, "this challenge is not one of the event's region"));
        if (event.selected(challengeId).isPresent()) {
            throw new AppRefusal(
                    AppError.CHALLENGE_ALREADY_SELECTED, "the challenge is already selected for this event");
        }
        if (challenge.status() != ChallengeStatus.SUBMITTED && challenge.status() != ChallengeStatus.SELECTED) {
            throw new AppRefusal(
                    AppError.CHALLENGE_NOT_SUBMITTED,
                    "only a submitted challenge can be selected; this one is " + challenge.status(),
                    challenge.status());
        }
        List<SelectedChallenge> selected = new ArrayList<>(event.challenges());
        selected.add(new SelectedChallenge(challengeId, minRounds, maxRounds));
        RegionalEvent edited = event.withChallenges(selected).withVersion(eventVersion);
        return transactions.execute(tx -> {
            if (challenge.status() == ChallengeStatus.SUBMITTED) {
                challenges.save(challenge.moveTo(ChallengeStatus.SELECTED, clock.instant(), editedBy()), editedBy());
            }
            return events.save(edited, editedBy());
        });
    }

    /** Changes how many rounds a selected challenge runs in. */
    @RolesAllowed("ORGANISER")
    public RegionalEvent setRounds(UUID eventId, int eventVersion, UUID challengeId, int minRounds, int maxRounds) {
        RegionalEvent event = organiserEvents.open(eventId);
        SelectedChallenge current = event.selected(challengeId)
                .orElseThrow(() -> new AppRefusal(
                        AppError.CHALLENGE_NOT_SELECTED, "the challenge is not selected for this event"));
        List<SelectedChallenge> selected = event.challenges().stream()
                .map(c -> c == current ? new SelectedChallenge(challengeId, minRounds, maxRounds) : c)
                .toList();
        return events.save(event.withChallenges(selected).withVersion(eventVersion), editedBy());
    }

    /** Takes a challenge off the event; refused while participants wish for it (their wishes would dangle). */
    @RolesAllowed("ORGANISER")
    public RegionalEvent deselect(UUID eventId, int eventVersion, UUID challengeId) {
        RegionalEvent event = organiserEvents.open(eventId);
        if (event.selected(challengeId).isEmpty()) {
            throw new AppRefusal(AppError.CHALLENGE_NOT_SELECTED, "the challenge is not selected for this event");
        }
        long wishing = registrations.findByEvent(eventId).stream()
                .filter(r -> r.wishes().contains(challengeId))
                .count();
        if (wishing > 0) {
            throw new AppRefusal(
                    AppError.CHALLENGE_WISHED_FOR,
                    wishing + " participants wish for this challenge; it cannot be taken off the event",
                    wishing);
        }
        List<SelectedChallenge> selected = event.challenges().stream()
                .filter(c -> !c.challengeId().equals(challengeId))
                .toList();
        return events.save(event.withChallenges(selected).withVersion(eventVersion), editedBy());
    }

    private static boolean inScope(RegionalEvent event, Challenge c) {
        return event.selected(c.id()).isPresent()
                || event.counties().contains(Municipality.countyCodeOf(c.ownerMunicipality()));
    }

    private String editedBy() {
        return currentUser.account().map(a -> a.username()).orElseThrow();
    }

    /** The municipalities an organiser may enter challenges for: those in the event's counties. */
    @RolesAllowed("ORGANISER")
    public List<Municipality> ownerChoices(UUID eventId) {
        Set<String> counties = organiserEvents.open(eventId).counties();
        return reference.municipalities().stream()
                .filter(m -> counties.contains(m.countyCode()))
                .sorted(Comparator.comparing(Municipality::name))
                .toList();
    }

    /** Checks a challenges' file for the event (docs/import-format.md) without changing anything. */
    @RolesAllowed("ORGANISER")
    public ImportReport preview(UUID eventId, String fileName, byte[] content) {
        organiserEvents.open(eventId);
        return importService.preview(SheetKind.CHALLENGES, fileName, content, eventId, organiserEvents.steward());
    }

    /** Imports the challenges (and selects them for the event) if every row is valid; otherwise nothing. */
    @RolesAllowed("ORGANISER")
    public ImportReport importFile(UUID eventId, String fileName, byte[] content) {
        organiserEvents.open(eventId);
        return importService.importFile(
                SheetKind.CHALLENGES, fileName, content, eventId, editedBy(), organiserEvents.steward());
    }

    /** The owner municipality already has a challenge with this title (imports recognise challenges by it). */
    public static class TitleTaken extends AppRefusal {
        public TitleTaken() {
            super(AppError.CHALLENGE_TITLE_TAKEN, "this municipality already has a challenge with that title");
        }
    }
}
