package no.fellesgrunn.web.organiser.participants;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import no.fellesgrunn.infra.spreadsheet.ImportError;
import no.fellesgrunn.infra.spreadsheet.ImportReport;

/**
 * Upload a spreadsheet, see what it would change, then import it. The check and the import run in
 * the background with a progress bar; the check can be stopped. Any bad row is listed (row, column,
 * value, reason) and then nothing is imported: the import is all or nothing.
 */
public class ImportPanel extends Div {
    private final BackgroundWork work;
    private final BiFunction<String, byte[], ImportReport> preview;
    private final BiFunction<String, byte[], ImportReport> apply;
    private final Runnable afterImport;
    private final String idPrefix;

    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Button stop = new Button();
    final Button confirm = new Button();
    final Paragraph status = new Paragraph();
    final Grid<ImportError> errors = new Grid<>();
    private UI ui;
    private String fileName;
    private byte[] content;
    /** The work under way (checked to ignore a stopped check's late result). */
    private CompletableFuture<?> current = CompletableFuture.completedFuture(null);
    /** Completes once the work's result has been handed to the UI. */
    private CompletableFuture<?> running = CompletableFuture.completedFuture(null);

    public ImportPanel(
            String idPrefix,
            BackgroundWork work,
            BiFunction<String, byte[], ImportReport> preview,
            BiFunction<String, byte[], ImportReport> apply,
            Runnable afterImport) {
        this.idPrefix = idPrefix;
        this.work = work;
        this.preview = preview;
        this.apply = apply;
        this.afterImport = afterImport;
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI target = ui;
            if (target != null) {
                target.access(() -> receive(metadata.fileName(), bytes));
            }
        }));
        upload.setId(idPrefix + "-upload");
        upload.setAcceptedFileTypes(
                ".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(10 * 1024 * 1024);
        Button uploadButton = new Button(getTranslation("organiser.import.choose"));
        upload.setUploadButton(uploadButton);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("organiser.import.drop")));

        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId(idPrefix + "-progress");
        progress.getElement().setAttribute("aria-label", getTranslation("organiser.import.working"));
        stop.setText(getTranslation("organiser.import.stop"));
        stop.setId(idPrefix + "-stop");
        stop.setVisible(false);
        stop.addClickListener(click -> stopCheck());
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        confirm.addClickListener(click -> startImport());
        status.setId(idPrefix + "-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");

        errors.setId(idPrefix + "-errors");
        errors.setAriaLabel(getTranslation("organiser.import.errors.label"));
        ImportMessages messages = new ImportMessages(this::getTranslation);
        errors.addColumn(ImportError::row)
                .setHeader(getTranslation("organiser.import.errors.row"))
                .setAutoWidth(true);
        errors.addColumn(messages::column)
                .setHeader(getTranslation("organiser.import.errors.column"))
                .setAutoWidth(true);
        errors.addColumn(ImportError::value)
                .setHeader(getTranslation("organiser.import.errors.value"))
                .setAutoWidth(true);
        errors.addColumn(messages::reason)
                .setHeader(getTranslation("organiser.import.errors.reason"))
                .setFlexGrow(3)
                .setTooltipGenerator(messages::sentence);
        errors.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        errors.setVisible(false);
        errors.setAllRowsVisible(true);

        add(upload, new HorizontalLayout(progress, stop), status, confirm, errors);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ui = attach.getUI();
    }

    /** A file arrived: check it in the background (nothing is changed by the check). */
    public void receive(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
        confirm.setVisible(false);
        errors.setVisible(false);
        busy(true, true);
        status.setText(getTranslation("organiser.import.checking", name));
        UI target = UI.getCurrent();
        CompletableFuture<ImportReport> check = work.run(() -> preview.apply(name, bytes));
        current = check;
        running = check.whenComplete((report, failure) -> target.access(() -> {
            if (check != current || check.isCancelled()) {
                return;
            }
            busy(false, false);
            if (failure != null) {
                status.setText(getTranslation("organiser.import.failed", rootMessage(failure)));
            } else if (!report.ok()) {
                showErrors(report);
            } else {
                status.setText(getTranslation(
                                "organiser.import.preview",
                                report.dataRows(),
                                report.created(),
                                report.updated(),
                                report.unchanged())
                        + keptProfiles(report));
                confirm.setText(getTranslation("organiser.import.confirm", report.dataRows()));
                confirm.setVisible(true);
            }
        }));
    }

    /** People who keep their own profile are told apart, so an organiser knows why their file's details did not stick. */
    private String keptProfiles(ImportReport report) {
        return report.keptProfiles() == 0
                ? ""
                : " " + getTranslation("organiser.import.keptProfiles", report.keptProfiles());
    }

    private void stopCheck() {
        current.cancel(true);
        current = CompletableFuture.completedFuture(null);
        busy(false, false);
        status.setText(getTranslation("organiser.import.stopped"));
    }

    private void startImport() {
        confirm.setVisible(false);
        // The import runs in one transaction: once started it finishes or changes nothing, so it offers no stop.
        busy(true, false);
        status.setText(getTranslation("organiser.import.importing", fileName));
        UI target = UI.getCurrent();
        String name = fileName;
        byte[] bytes = content;
        CompletableFuture<ImportReport> job = work.run(() -> apply.apply(name, bytes));
        current = job;
        running = job.whenComplete((report, failure) -> target.access(() -> {
            busy(false, false);
            if (failure != null) {
                status.setText(getTranslation("organiser.import.failed", rootMessage(failure)));
            } else if (!report.ok()) {
                showErrors(report);
            } else {
                status.setText(
                        getTranslation("organiser.import.done", report.created(), report.updated(), report.unchanged())
                                + keptProfiles(report));
                afterImport.run();
            }
        }));
    }

    private void showErrors(ImportReport report) {
        status.setText(
                getTranslation("organiser.import.rejected", report.errors().size()));
        errors.setItems(report.errors());
        errors.setVisible(true);
    }

    private void busy(boolean on, boolean stoppable) {
        progress.setVisible(on);
        stop.setVisible(on && stoppable);
        upload.getElement().setEnabled(!on);
    }

    private static String rootMessage(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The check or import under way, done once its outcome is queued for the UI (tests wait for it). */
    public CompletableFuture<?> running() {
        return running;
    }

    String idPrefix() {
        return idPrefix;
    }
}
