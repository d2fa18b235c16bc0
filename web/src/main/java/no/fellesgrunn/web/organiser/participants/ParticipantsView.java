package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.registration.ParticipantFilter;
import no.fellesgrunn.domain.registration.ParticipantListing;
import no.fellesgrunn.infra.spreadsheet.SpreadsheetFormat;
import no.fellesgrunn.web.i18n.DomainMessages;
import no.fellesgrunn.web.mail.PublicAddress;
import no.fellesgrunn.web.organiser.EventSection;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.events.EventPage;

/**
 * An event's participants: a grid paged from the database (fast with thousands of registrations),
 * search and filters, the actors' spreadsheet out and in, invitation links for people without an
 * account, and editing a registration on someone's behalf.
 * <p>
 * The page holds the grid and the actions; {@link ParticipantFilters}, {@link ParticipantFiles},
 * {@link ImportPanel}, {@link OnBehalfDialog} and {@link InvitationLinks} are its parts.
 */
@Route("organiser/events/:eventId/participants")
@RolesAllowed("ORGANISER")
public class ParticipantsView extends EventPage {
    private final ParticipantAdministration administration;
    private final Invitations invitations;
    private final PublicAddress address;
    private final ImportTemplates templates;
    private final BackgroundWork work;
    private final Map<String, String> municipalityNames = new LinkedHashMap<>();
    private final List<Theme> themes;

    private ParticipantFilters filters;
    final Grid<ParticipantListing> grid = new Grid<>();
    final Paragraph count = new Paragraph();
    final Paragraph message = new Paragraph();
    final Button inviteAll = new Button();
    final ProgressBar inviting = new ProgressBar();
    private CompletableFuture<?> invitingAll = CompletableFuture.completedFuture(null);
    ImportPanel importPanel;
    OnBehalfDialog onBehalf;
    InvitationLinks links;
    private ConfigurableFilterDataProvider<ParticipantListing, Void, ParticipantFilter> data;

    public ParticipantsView(
            OrganiserEvents organiserEvents,
            ParticipantAdministration administration,
            Invitations invitations,
            BackgroundWork work,
            ReferenceDataRepository reference,
            PublicAddress address,
            ImportTemplates templates) {
        super(organiserEvents, EventSection.PARTICIPANTS);
        this.templates = templates;
        this.address = address;
        this.administration = administration;
        this.invitations = invitations;
        this.work = work;
        reference.municipalities().stream()
                .sorted(Comparator.comparing(Municipality::name))
                .forEach(m -> municipalityNames.put(m.number(), m.name()));
        this.themes = reference.themes();
    }

    private List<com.vaadin.flow.component.Component> parts = List.of();

    @Override
    protected void build() {
        // The event is read when the grid asks, so the same provider serves whichever event is open.
        data = new CallbackDataProvider<ParticipantListing, ParticipantFilter>(
                        query -> administration
                                .page(
                                        eventId(),
                                        query.getFilter().orElse(ParticipantFilter.ANY),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                        query -> administration.count(
                                eventId(), query.getFilter().orElse(ParticipantFilter.ANY)),
                        ParticipantListing::registrationId)
                .withConfigurableFilter();
        filters = new ParticipantFilters(themes, this::themeName, municipalityNames, this::applyFilter);
        parts = List.of(
                new H2(getTranslation("participants.title")),
                filters,
                count,
                grid(),
                message,
                actions(),
                importSection());
    }

    @Override
    protected void render(RegionalEvent event) {
        message.setText("");
        parts.forEach(this::add);
        applyFilter();
    }

    private String themeName(Theme t) {
        return no.fellesgrunn.web.i18n.ReferenceNames.theme(t, getLocale());
    }

    ParticipantFilter currentFilter() {
        return filters.current();
    }

    void applyFilter() {
        ParticipantFilter filter = currentFilter();
        data.setFilter(filter);
        count.setText(getTranslation("participants.count", administration.count(eventId(), filter)));
    }

    private Grid<ParticipantListing> grid() {
        count.setId("participants-count");
        count.getElement().setAttribute("role", "status");
        grid.setId("participants-grid");
        grid.setAriaLabel(getTranslation("participants.grid.label"));
        grid.setPageSize(50);
        grid.addColumn(ParticipantListing::name)
                .setHeader(getTranslation("participants.column.name"))
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(ParticipantListing::email)
                .setHeader(getTranslation("participants.column.email"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.organisation() == null ? "" : p.organisation())
                .setHeader(getTranslation("participants.column.organisation"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation("dashboard.sector." + p.sector().name()))
                .setHeader(getTranslation("participants.column.sector"))
                .setAutoWidth(true);
        grid.addColumn(p -> municipalityNames.getOrDefault(p.municipality(), p.municipality()))
                .setHeader(getTranslation("participants.column.municipality"))
                .setAutoWidth(true);
        grid.addColumn(p ->
                        getTranslation("participants.regstatus." + p.status().name()))
                .setHeader(getTranslation("participants.column.status"))
                .setAutoWidth(true);
        grid.addColumn(ParticipantListing::wishes)
                .setHeader(getTranslation("participants.column.wishes"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.needsAccessibleTable() ? "participants.yes" : "participants.no"))
                .setHeader(getTranslation("participants.column.accessible"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(p -> {
                    HorizontalLayout buttons = new HorizontalLayout();
                    Button edit = new Button(getTranslation("participants.edit"), click -> openOnBehalf(p));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("participants.edit.label", p.name()));
                    buttons.add(edit);
                    if (!p.hasAccount()) {
                        Button link = new Button(getTranslation("participants.invite"), click -> invite(p));
                        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        link.setAriaLabel(getTranslation("participants.invite.label", p.name()));
                        buttons.add(link);
                    }
                    return buttons;
                }))
                .setHeader(getTranslation("participants.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true)
                .setKey("actions");
        grid.setItems(data);
        grid.setHeight("32em");
        return grid;
    }

    void openOnBehalf(ParticipantListing p) {
        try {
            ParticipantAdministration.OnBehalf opened = administration.registration(eventId(), p.registrationId());
            Map<UUID, String> titles = administration.challengeTitles(opened.event());
            onBehalf = new OnBehalfDialog(administration, opened, titles, themes, this::themeName, () -> {
                data.refreshAll();
                message.setText(getTranslation("participants.saved", p.name()));
            });
            onBehalf.open();
        } catch (DomainException refused) {
            message.setText(DomainMessages.text(this, refused));
        }
    }

    void invite(ParticipantListing p) {
        try {
            links = new InvitationLinks(List.of(invitations.invite(eventId(), p.actorId())), baseUrl());
            links.open();
        } catch (DomainException refused) {
            message.setText(getTranslation("participants.refused", DomainMessages.text(this, refused)));
        }
    }

    /**
     * Makes links for everyone without an account in the background (thousands of rows take a
     * few seconds), with a progress bar; the dialog opens when they are ready.
     */
    void inviteAll() {
        UUID eventId = eventId();
        String base = baseUrl();
        UI ui = UI.getCurrent();
        inviteAll.setEnabled(false);
        inviting.setVisible(true);
        message.setText(getTranslation("participants.invite.working"));
        invitingAll = work.run(() -> invitations.inviteAllWithoutAccount(eventId))
                .whenComplete((issued, failure) -> ui.access(() -> {
                    inviteAll.setEnabled(true);
                    inviting.setVisible(false);
                    if (failure != null) {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException
                                        && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                        message.setText(getTranslation(
                                "participants.refused", DomainMessages.text(this, cause, "error.unexpected")));
                        return;
                    }
                    message.setText("");
                    links = new InvitationLinks(issued, base);
                    links.open();
                }));
    }

    /** The invitation links under way, done once the dialog is queued for the UI (tests wait for it). */
    public CompletableFuture<?> invitingAll() {
        return invitingAll;
    }

    private HorizontalLayout actions() {
        message.setId("participants-message");
        message.getElement().setAttribute("role", "status");
        Anchor csv = export(SpreadsheetFormat.CSV, "participants.export.csv", "participants-export-csv");
        Anchor xlsx = export(SpreadsheetFormat.XLSX, "participants.export.xlsx", "participants-export-xlsx");
        inviteAll.setText(getTranslation("participants.invite.all"));
        inviteAll.addClickListener(click -> inviteAll());
        inviteAll.setId("participants-invite-all");
        inviting.setIndeterminate(true);
        inviting.setVisible(false);
        inviting.setWidth("8em");
        inviting.setId("participants-invite-progress");
        inviting.getElement().setAttribute("aria-label", getTranslation("participants.invite.working"));
        HorizontalLayout row = new HorizontalLayout(csv, xlsx, inviteAll, inviting);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private Anchor export(SpreadsheetFormat format, String key, String id) {
        return ParticipantFiles.download(
                id,
                getTranslation(key),
                () -> new ParticipantFiles.File(
                        administration.exportFileName(eventId(), format),
                        format,
                        administration.export(eventId(), format)));
    }

    /** The import template to fill in: .xlsx with a guide and the accepted values, or the CSV header row. */
    private Paragraph templateLinks() {
        String file = getTranslation("import.template.file");
        return ParticipantFiles.templates(
                ParticipantFiles.download(
                        "participants-template-xlsx",
                        getTranslation("import.template.xlsx"),
                        () -> new ParticipantFiles.File(
                                file + ".xlsx", SpreadsheetFormat.XLSX, templates.xlsx(eventId(), getLocale()))),
                ParticipantFiles.download(
                        "participants-template-csv",
                        getTranslation("import.template.csv"),
                        () -> new ParticipantFiles.File(
                                file + ".csv", SpreadsheetFormat.CSV, templates.csv(eventId()))),
                getTranslation("import.template.intro"));
    }

    private Details importSection() {
        importPanel = new ImportPanel(
                "participants-import",
                work,
                (name, bytes) -> administration.preview(eventId(), name, bytes),
                (name, bytes) -> administration.importFile(eventId(), name, bytes),
                this::applyFilter);
        Details details = new Details(
                getTranslation("participants.import.title"),
                new com.vaadin.flow.component.html.Div(templateLinks(), importPanel));
        details.setId("participants-import");
        return details;
    }

    /** The application's public address (configured, or as the organiser reached it), for invitation links. */
    private String baseUrl() {
        return address.base() + "/";
    }
}
