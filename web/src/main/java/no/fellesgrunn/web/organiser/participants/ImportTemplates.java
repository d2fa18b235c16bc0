package no.fellesgrunn.web.organiser.participants;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Round;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.infra.spreadsheet.Column;
import no.fellesgrunn.infra.spreadsheet.ExportService;
import no.fellesgrunn.infra.spreadsheet.ExtraSheet;
import no.fellesgrunn.infra.spreadsheet.SheetKind;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import org.springframework.stereotype.Service;

/**
 * The participants' import template for an event, in the organiser's language: the header row,
 * a guide to every column, and every value the importer accepts (sectors, perspectives, themes,
 * the event's challenges to wish for, its rounds). The CSV template is the header row only.
 */
@Service
public class ImportTemplates {
    private final OrganiserEvents organiserEvents;
    private final ExportService exportService;
    private final ReferenceDataRepository reference;
    private final FellesgrunnI18NProvider i18n;
    private final ChallengeRepository challenges;

    public ImportTemplates(
            OrganiserEvents organiserEvents,
            ExportService exportService,
            ReferenceDataRepository reference,
            FellesgrunnI18NProvider i18n,
            ChallengeRepository challenges) {
        this.challenges = challenges;
        this.organiserEvents = organiserEvents;
        this.exportService = exportService;
        this.reference = reference;
        this.i18n = i18n;
    }

    @RolesAllowed("ORGANISER")
    public byte[] csv(UUID eventId) {
        organiserEvents.open(eventId);
        return exportService.template(SheetKind.ACTORS, SpreadsheetFormat.CSV);
    }

    @RolesAllowed("ORGANISER")
    public byte[] xlsx(UUID eventId, Locale locale) {
        RegionalEvent event = organiserEvents.open(eventId);
        return exportService.template(SheetKind.ACTORS, List.of(guide(locale), values(event, locale)));
    }

    private ExtraSheet guide(Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                t("import.template.column", locale),
                t("import.template.required", locale),
                t("import.template.what", locale)));
        for (Column column : SheetKind.ACTORS.columns()) {
            rows.add(List.of(
                    column.name(),
                    t(column.required() ? "import.template.yes" : "import.template.no", locale),
                    t("import.template.help." + column.name(), locale)));
        }
        return new ExtraSheet(t("import.template.guide", locale), rows);
    }

    private ExtraSheet values(RegionalEvent event, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                t("import.template.list", locale),
                t("import.template.value", locale),
                t("import.template.meaning", locale)));
        Arrays.stream(Sector.values())
                .forEach(s -> rows.add(List.of("sector", s.name(), t("seating.sector." + s.name(), locale))));
        Arrays.stream(Perspective.values())
                .forEach(
                        p -> rows.add(List.of("perspectives", p.name(), t("seating.perspective." + p.name(), locale))));
        for (Theme theme : reference.themes()) {
            rows.add(List.of("themes", theme.key(), no.fellesgrunn.web.i18n.ReferenceNames.theme(theme, locale)));
        }
        for (Round round : event.rounds()) {
            rows.add(List.of(
                    "rounds",
                    Integer.toString(round.number()),
                    t(
                            "import.template.round",
                            locale,
                            round.number(),
                            round.start().toLocalTime().toString(),
                            round.end().toLocalTime().toString())));
        }
        challenges
                .findByIds(event.challenges().stream().map(c -> c.challengeId()).collect(Collectors.toSet()))
                .stream()
                .map(Challenge::title)
                .sorted()
                .forEach(title -> rows.add(List.of("wishes", title, t("import.template.wish", locale))));
        return new ExtraSheet(t("import.template.values", locale), rows);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
