package no.fellesgrunn.infra.spreadsheet;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.infra.actor.JdbcActorRepository;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.organisation.JdbcOrganisationRepository;
import no.fellesgrunn.infra.persistence.Jdbc;
import no.fellesgrunn.infra.reference.JdbcReferenceDataRepository;
import no.fellesgrunn.infra.registration.JdbcRegistrationRepository;
import org.springframework.stereotype.Service;

/**
 * Imports actors (with their registration for an event) and challenges from CSV or .xlsx.
 * {@link #preview} checks a file and says what would change; {@link #importFile} does the same and,
 * only if every row is valid, applies it in one transaction. Importing a file twice changes nothing.
 * The column layout is documented in docs/import-format.md.
 */
@Service
public class ImportService {
    private final Jdbc jdbc;
    private final JdbcReferenceDataRepository reference;
    private final JdbcOrganisationRepository organisations;
    private final JdbcActorRepository actors;
    private final JdbcChallengeRepository challenges;
    private final JdbcRegionalEventRepository events;
    private final JdbcRegistrationRepository registrations;
    private final Clock clock = Clock.systemUTC();

    public ImportService(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
        this.reference = new JdbcReferenceDataRepository(dataSource);
        this.organisations = new JdbcOrganisationRepository(dataSource);
        this.actors = new JdbcActorRepository(dataSource);
        this.challenges = new JdbcChallengeRepository(dataSource);
        this.events = new JdbcRegionalEventRepository(dataSource);
        this.registrations = new JdbcRegistrationRepository(dataSource);
    }

    /**
     * Checks a file without changing anything.
     *
     * @param fileName used to tell .csv from .xlsx (the content decides when the name does not)
     * @param eventId  the event to register actors for or select challenges for, or null (admins only)
     * @param steward  who imports: an organiser's file never changes a profile that is not theirs to keep
     */
    public ImportReport preview(SheetKind kind, String fileName, byte[] content, UUID eventId, ProfileSteward steward) {
        return run(kind, fileName, content, eventId, "preview", steward, false);
    }

    /** Imports the file if every row is valid; otherwise changes nothing and reports every problem. */
    public ImportReport importFile(
            SheetKind kind, String fileName, byte[] content, UUID eventId, String editedBy, ProfileSteward steward) {
        return run(kind, fileName, content, eventId, editedBy, steward, true);
    }

    private ImportReport run(
            SheetKind kind,
            String fileName,
            byte[] content,
            UUID eventId,
            String editedBy,
            ProfileSteward steward,
            boolean apply) {
        if (content.length > SheetLimits.MAX_FILE_BYTES) {
            return ImportReport.rejected(
                    kind,
                    0,
                    List.of(ImportError.file(
                            ImportProblem.FILE_TOO_LARGE, SheetLimits.MAX_FILE_BYTES / (1024 * 1024))));
        }
        RawSheet sheet = SpreadsheetFormat.detect(fileName, content) == SpreadsheetFormat.XLSX
                ? XlsxSheetReader.read(content)
                : CsvSheetReader.read(content);
        List<ImportError> errors = new ArrayList<>(sheet.errors());
        if (eventId == null && !steward.admin()) {
            errors.add(ImportError.file(ImportProblem.EVENT_REQUIRED));
        }
        if (errors.isEmpty() && sheet.header().isEmpty()) {
            errors.add(ImportError.file(ImportProblem.FILE_EMPTY));
        }
        if (errors.isEmpty()) {
            CellRules.checkHeader(kind, sheet, errors);
        }
        if (errors.isEmpty() && sheet.rows().isEmpty()) {
            errors.add(new ImportError(2, "", "", ImportProblem.FILE_NO_DATA_ROWS));
        }
        if (errors.isEmpty()) {
            CellRules.checkCells(kind, sheet, errors);
        }
        if (!errors.isEmpty()) {
            return ImportReport.rejected(kind, sheet.rows().size(), errors);
        }
        // Read and write in one transaction, so what was checked is what is changed.
        return jdbc.inTransaction(() -> {
            RegionalEvent event = null;
            if (eventId != null) {
                event = events.findById(eventId).orElse(null);
                if (event == null) {
                    return ImportReport.rejected(
                            kind, sheet.rows().size(), List.of(ImportError.file(ImportProblem.EVENT_MISSING)));
                }
                if (event.status() == EventStatus.CLOSED) {
                    return ImportReport.rejected(
                            kind,
                            sheet.rows().size(),
                            List.of(ImportError.file(ImportProblem.EVENT_CLOSED, event.name())));
                }
            }
            Lookups lookups = new Lookups(
                    reference.municipalities(), reference.themes(), organisations.findAll(), actors.findAll());
            List<Registration> eventRegistrations = event == null ? List.of() : registrations.findByEvent(event.id());
            ImportPlan plan;
            if (kind == SheetKind.ACTORS) {
                List<Challenge> selected = event == null
                        ? List.of()
                        : challenges.findByIds(event.challenges().stream()
                                .map(SelectedChallenge::challengeId)
                                .toList());
                plan = new ActorSheetImport(
                                lookups, steward, registrations.eventsByActor(), event, eventRegistrations, selected)
                        .plan(sheet);
            } else {
                plan = new ChallengeSheetImport(
                                lookups, challenges.findAll(), event, eventRegistrations, editedBy, clock.instant())
                        .plan(sheet);
            }
            if (!plan.errors.isEmpty()) {
                return ImportReport.rejected(kind, sheet.rows().size(), plan.errors);
            }
            if (apply) {
                organisations.saveAll(plan.organisations, editedBy);
                actors.saveAll(plan.actors, editedBy);
                registrations.saveAll(plan.registrations, editedBy);
                challenges.saveAll(plan.challenges, editedBy);
                if (plan.event != null) {
                    events.save(plan.event, editedBy);
                }
            }
            return new ImportReport(
                    kind,
                    sheet.rows().size(),
                    List.of(),
                    plan.created,
                    plan.updated,
                    plan.unchanged,
                    plan.keptProfiles,
                    apply);
        });
    }
}
