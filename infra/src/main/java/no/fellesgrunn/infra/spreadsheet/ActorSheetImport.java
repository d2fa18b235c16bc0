package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.common.Ids;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationNumber;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationStatus;

/**
 * Turns the rows of an actors file into organisations, actors and (for an event) registrations.
 * Actors are recognised by e-mail; organisations by number, else by name.
 * <p>
 * Over 300 lines: parsing the row and applying it belong in two classes (issue 17).
 */
final class ActorSheetImport {
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ]{5,20}");
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");
    private static final List<String> EVENT_COLUMNS = List.of("rounds", "wishes", "needs_accessible_table", "status");

    private final Lookups lookups;
    private final ProfileSteward steward;
    private final Map<UUID, Set<UUID>> eventsByActor;
    private final RegionalEvent event;
    private final Map<UUID, Registration> registrationByActor = new HashMap<>();
    private final Map<String, List<Challenge>> eventChallengesByTitle = new HashMap<>();
    private final List<Challenge> eventChallenges;

    /**
     * @param steward             who imports: decides whose stored profiles the file may change
     * @param eventsByActor       every stored actor's events
     * @param event               the event registrations are for, or null to import actors only
     * @param eventRegistrations  its stored registrations
     * @param eventChallenges     its selected challenges
     */
    ActorSheetImport(
            Lookups lookups,
            ProfileSteward steward,
            Map<UUID, Set<UUID>> eventsByActor,
            RegionalEvent event,
            List<Registration> eventRegistrations,
            List<Challenge> eventChallenges) {
        this.lookups = lookups;
        this.steward = steward;
        this.eventsByActor = eventsByActor;
        this.event = event;
        this.eventChallenges = eventChallenges;
        eventRegistrations.forEach(r -> registrationByActor.put(r.actorId(), r));
        eventChallenges.forEach(c -> eventChallengesByTitle
                .computeIfAbsent(Lookups.lower(c.title()), k -> new ArrayList<>())
                .add(c));
    }

    ImportPlan plan(RawSheet sheet) {
        ImportPlan plan = new ImportPlan();
        Set<String> columns = new HashSet<>();
        sheet.header().forEach(h -> columns.add(Lookups.lower(h)));
        Map<String, Integer> emailRow = new HashMap<>();
        Map<String, OrganisationDraft> organisations = new HashMap<>();
        List<ParsedRow> parsed = new ArrayList<>();
        for (RawSheet.RawRow raw : sheet.rows()) {
            RowContext row = new RowContext(raw, columns, plan.errors);
            ParsedRow p = parse(row, emailRow, organisations);
            if (!row.hasErrors() && p != null) {
                parsed.add(p);
            }
        }
        if (!plan.errors.isEmpty()) {
            return plan;
        }
        Map<OrganisationDraft, Organisation> resolved = new HashMap<>();
        for (OrganisationDraft draft : new LinkedHashSet<>(organisations.values())) {
            Organisation org;
            try {
                org = draft.resolve(steward.admin());
            } catch (DomainException e) {
                // The domain's own rules (e.g. a name of zero-width spaces only): named at the organisation's first
                // row.
                plan.errors.add(new ImportError(draft.firstRow, "organisation", draft.name, e.code(), e.args()));
                continue;
            }
            resolved.put(draft, org);
            if (!org.equals(lookups.organisation(org.id()).orElse(null))) {
                plan.organisations.add(org);
            }
        }
        if (!plan.errors.isEmpty()) {
            return plan;
        }
        Map<UUID, Registration> finalRegistrations = new HashMap<>(registrationByActor);
        for (ParsedRow p : parsed) {
            try {
                apply(p, resolved, plan, finalRegistrations);
            } catch (DomainException e) {
                plan.errors.add(new ImportError(p.row, "", "", e.code(), e.args()));
            }
        }
        if (event != null) {
            checkHosts(parsed, finalRegistrations, plan);
        }
        return plan;
    }

    /** A host must stay registered: cancelling them in a file would leave their table without host. */
    private void checkHosts(List<ParsedRow> parsed, Map<UUID, Registration> registrations, ImportPlan plan) {
        for (Challenge c : eventChallenges) {
            if (c.hostActorId() == null) {
                continue;
            }
            Registration r = registrations.get(c.hostActorId());
            if (r != null && !r.status().isTakingPart()) {
                int row = parsed.stream()
                        .filter(p -> p.actorId != null && p.actorId.equals(c.hostActorId()))
                        .mapToInt(p -> p.row)
                        .findFirst()
                        .orElse(0);
                plan.errors.add(new ImportError(
                        row, "status", r.status().name(), ImportProblem.HOST_MUST_STAY, c.title(), event.name()));
            }
        }
    }

    private ParsedRow parse(
            RowContext row, Map<String, Integer> emailRow, Map<String, OrganisationDraft> organisations) {
        ParsedRow p = new ParsedRow();
        p.row = row.number();
        p.name = row.required("name");
        String emailText = row.required("email");
        if (!emailText.isEmpty()) {
            try {
                p.email = Email.of(emailText);
                Integer earlier = emailRow.putIfAbsent(p.email.value(), row.number());
                if (earlier != null) {
                    row.error("email", emailText, ImportProblem.EMAIL_DUPLICATE, earlier);
                }
            } catch (DomainException e) {
                row.error("email", emailText, ImportProblem.EMAIL_INVALID);
            }
        }
        p.phone = row.optional("phone");
        if (p.phone != null && !PHONE.matcher(p.phone).matches()) {
            row.error("phone", p.phone, ImportProblem.PHONE_INVALID);
        }
        String municipality = row.required("municipality");
        if (!municipality.isEmpty()) {
            Lookups.Result<Municipality> m = lookups.municipality(municipality);
            if (m.ok()) {
                p.municipality = m.value().number();
            } else {
                row.error("municipality", municipality, m.problem(), m.args());
            }
        }
        p.organisation = parseOrganisation(row, p.municipality, organisations);
        p.role = row.optional("role");
        p.themes = new ArrayList<>();
        for (String t : row.list("themes")) {
            lookups.theme(t)
                    .ifPresentOrElse(
                            theme -> p.themes.add(new ThemeInterest(theme.key(), p.themes.size() + 1)),
                            () -> row.error("themes", t, ImportProblem.THEME_UNKNOWN));
        }
        p.perspectives = new LinkedHashSet<>();
        for (String v : row.list("perspectives")) {
            Perspective perspective = row.enumValue("perspectives", v, Perspective.class);
            if (perspective != null) {
                p.perspectives.add(perspective);
            }
        }
        p.languages = new LinkedHashSet<>();
        for (String v : row.list("languages")) {
            String code = Lookups.lower(v);
            if (LANGUAGE.matcher(code).matches()) {
                p.languages.add(code);
            } else {
                row.error("languages", v, ImportProblem.LANGUAGE_INVALID);
            }
        }
        p.accessibilityNeeds = row.optional("accessibility_needs");
        p.showEmail = row.bool("show_email", false);
        p.showPhone = row.bool("show_phone", false);
        p.showOrganisation = row.bool("show_organisation", false);
        p.context = row;
        parseRegistration(row, p);
        return p;
    }

    private OrganisationDraft parseOrganisation(
            RowContext row, String municipality, Map<String, OrganisationDraft> organisations) {
        String name = row.optional("organisation");
        String numberText = row.optional("organisation_number");
        String sectorText = row.optional("sector");
        Sector sector = sectorText == null ? null : row.enumValue("sector", sectorText, Sector.class);
        OrganisationNumber number = null;
        if (numberText != null) {
            String digits = numberText.replace(" ", "");
            if (!digits.matches("\\d{9}")) {
                row.error("organisation_number", numberText, ImportProblem.ORGANISATION_NUMBER_DIGITS);
            } else if (OrganisationNumber.problemWith(digits) != null) {
                row.error("organisation_number", numberText, ImportProblem.ORGANISATION_NUMBER_CHECK_DIGIT);
            } else {
                number = OrganisationNumber.parse(numberText);
            }
        }
        if (name == null && number == null) {
            if (sector != null && sector != Sector.CITIZEN) {
                row.error("sector", sectorText, ImportProblem.SECTOR_NEEDS_ORGANISATION, sector.name());
            }
            return null;
        }
        if (sector == Sector.CITIZEN) {
            row.error("sector", sectorText, ImportProblem.CITIZEN_WITH_ORGANISATION);
            return null;
        }
        Organisation existing = number != null
                ? lookups.organisationByNumber(number.value()).orElse(null)
                : lookups.organisationByName(name).orElse(null);
        if (name == null && existing == null) {
            row.error("organisation", "", ImportProblem.ORGANISATION_NAME_REQUIRED);
            return null;
        }
        if (sector == null && existing == null && sectorText == null) {
            row.error("sector", "", ImportProblem.SECTOR_REQUIRED);
            return null;
        }
        if (row.hasErrors()) {
            return null;
        }
        String key = number != null ? number.value() : Lookups.lower(name);
        OrganisationDraft draft = organisations.computeIfAbsent(key, k -> new OrganisationDraft());
        // Two rows describing one organisation must agree on it.
        if (draft.firstRow != 0) {
            if (name != null && draft.name != null && !Lookups.lower(name).equals(Lookups.lower(draft.name))) {
                row.error(
                        "organisation",
                        name,
                        ImportProblem.ORGANISATION_NAME_CONFLICT,
                        draft.firstRow,
                        key,
                        draft.name);
            }
            if (sector != null && draft.sector != null && sector != draft.sector) {
                row.error(
                        "sector",
                        sectorText,
                        ImportProblem.ORGANISATION_SECTOR_CONFLICT,
                        draft.firstRow,
                        draft.sector.name());
            }
            return draft;
        }
        draft.firstRow = row.number();
        draft.name = name;
        draft.number = number;
        draft.sector = sector;
        draft.municipality = municipality;
        draft.existing = existing;
        return draft;
    }

    private void parseRegistration(RowContext row, ParsedRow p) {
        if (event == null) {
            for (String column : EVENT_COLUMNS) {
                if (!row.text(column).isEmpty()) {
                    row.error(column, row.text(column), ImportProblem.REGISTRATION_COLUMN_WITHOUT_EVENT);
                }
            }
            return;
        }
        p.rounds = new LinkedHashSet<>();
        List<String> rounds = row.list("rounds");
        if (rounds.isEmpty()) {
            event.rounds().forEach(r -> p.rounds.add(r.id()));
        }
        for (String text : rounds) {
            Round round = null;
            if (text.matches("\\d{1,2}")) {
                round = event.round(Integer.parseInt(text)).orElse(null);
            }
            if (round == null) {
                row.error(
                        "rounds",
                        text,
                        ImportProblem.ROUND_UNKNOWN,
                        event.name(),
                        event.rounds().size());
            } else {
                p.rounds.add(round.id());
            }
        }
        p.wishes = new ArrayList<>();
        for (String title : row.list("wishes")) {
            List<Challenge> matches = eventChallengesByTitle.getOrDefault(Lookups.lower(title), List.of());
            if (matches.size() == 1) {
                p.wishes.add(matches.get(0).id());
            } else {
                if (matches.isEmpty()) {
                    row.error("wishes", title, ImportProblem.WISH_UNKNOWN, event.name());
                } else {
                    row.error("wishes", title, ImportProblem.WISH_AMBIGUOUS);
                }
            }
        }
        p.needsAccessible = row.bool("needs_accessible_table", false);
        String status = row.optional("status");
        p.status = status == null ? null : row.enumValue("status", status, RegistrationStatus.class);
    }

    /**
     * Plans what one row changes and counts the row once: new (a new person, or a new registration
     * for the event), changed, or unchanged. A stored profile the importer may not change is kept as
     * it is and the row counts exactly as for a new person, so a preview tells nothing about people
     * outside the importer's events.
     */
    private void apply(
            ParsedRow p,
            Map<OrganisationDraft, Organisation> organisations,
            ImportPlan plan,
            Map<UUID, Registration> finalRegistrations) {
        RowContext row = p.context;
        Organisation org = p.organisation == null ? null : organisations.get(p.organisation);
        Actor stored = lookups.actorByEmail(p.email.value()).orElse(null);
        Consent storedConsent = stored == null ? Consent.NOTHING : stored.consent();
        Actor incoming = new Actor(
                stored == null ? Ids.newId() : stored.id(),
                p.name,
                p.email,
                keep(row, "phone", p.phone, stored, Actor::phone),
                org == null
                        ? (stored != null && !row.has("organisation") && !row.has("organisation_number")
                                ? stored.organisationId()
                                : null)
                        : org.id(),
                keep(row, "role", p.role, stored, Actor::roleTitle),
                p.municipality,
                keep(row, "themes", p.themes, stored, Actor::themes),
                keep(row, "perspectives", p.perspectives, stored, Actor::perspectives),
                keep(
                        row,
                        "languages",
                        p.languages.isEmpty() && !row.has("languages") ? Set.of("nb") : p.languages,
                        stored,
                        Actor::languages),
                keep(row, "accessibility_needs", p.accessibilityNeeds, stored, Actor::accessibilityNeeds),
                new Consent(
                        row.has("show_email") ? p.showEmail : storedConsent.showEmail(),
                        row.has("show_phone") ? p.showPhone : storedConsent.showPhone(),
                        row.has("show_organisation") ? p.showOrganisation : storedConsent.showOrganisation()),
                null,
                0);
        boolean mayChange =
                stored == null || steward.mayChange(stored, eventsByActor.getOrDefault(stored.id(), Set.of()));
        Actor actor = stored == null ? incoming : mayChange ? stored.withDetailsOf(incoming) : stored;
        p.actorId = actor.id();
        boolean changed =
                plan.organisations.stream().anyMatch(o -> org != null && o.id().equals(org.id()) && mayChange);
        if (!actor.equals(stored)) {
            plan.actors.add(actor);
            changed = true;
        }
        boolean created = stored == null;
        if (event != null) {
            Registration storedRegistration = registrationByActor.get(actor.id());
            Registration registration = registrationFor(p, actor, storedRegistration);
            registration.checkAgainst(event);
            finalRegistrations.put(actor.id(), registration);
            if (!registration.equals(storedRegistration)) {
                plan.registrations.add(registration);
                changed = true;
            }
            created = storedRegistration == null;
            if (!mayChange && storedRegistration != null && !stored.equals(stored.withDetailsOf(incoming))) {
                plan.keptProfiles++;
            }
        }
        plan.countRow(created, changed);
    }

    private Registration registrationFor(ParsedRow p, Actor actor, Registration stored) {
        if (stored == null) {
            return new Registration(
                    Ids.newId(),
                    event.id(),
                    actor.id(),
                    p.rounds,
                    p.wishes,
                    p.needsAccessible,
                    p.accessibilityNeeds,
                    p.status == null ? RegistrationStatus.REGISTERED : p.status,
                    0);
        }
        Registration registration = stored.withDetailsOf(new Registration(
                stored.id(),
                event.id(),
                actor.id(),
                p.rounds,
                p.wishes,
                p.needsAccessible,
                p.accessibilityNeeds,
                stored.status(),
                0));
        return p.status != null && p.status != registration.status() ? registration.moveTo(p.status) : registration;
    }

    /** A column missing from the file keeps what is stored; a present column, even empty, replaces it. */
    private static <T> T keep(
            RowContext row, String column, T fromFile, Actor stored, java.util.function.Function<Actor, T> current) {
        return stored != null && !row.has(column) ? current.apply(stored) : fromFile;
    }
}
