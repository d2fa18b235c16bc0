package no.fellesgrunn.web.solver;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * A solver job's progress on a page: a progress bar over the time limit and a status line that
 * screen readers announce (role=status, polite). Call {@link #show} from the UI thread, that is
 * inside {@code UI.access} when the update comes from the solver.
 */
public class SolverProgressPanel extends Div {
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();

    public SolverProgressPanel(String idPrefix) {
        setId(idPrefix + "-progress");
        bar.setId(idPrefix + "-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("solver.progress.label"));
        status.setId(idPrefix + "-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(bar, status);
    }

    public void show(SolverProgress progress) {
        bar.setValue(progress.fractionOfTimeLimit());
        bar.setIndeterminate(progress.status() == JobStatus.STARTING
                || progress.status() == JobStatus.QUEUED
                || progress.status() == JobStatus.INTERRUPTED);
        bar.setVisible(progress.status() != JobStatus.IDLE && progress.status() != JobStatus.CANCELLED);
        String score = progress.bestScore() == null ? getTranslation("solver.score.none") : progress.bestScore();
        long seconds = progress.elapsed().toSeconds();
        String text =
                switch (progress.status()) {
                    case IDLE -> getTranslation("solver.status.IDLE");
                    case QUEUED ->
                        getTranslation(
                                "solver.status.QUEUED",
                                progress.queuePlace() == null ? 1 : progress.queuePlace(),
                                progress.queuePlace() == null ? 0 : progress.queuePlace() - 1);
                    case STARTING -> getTranslation("solver.status.STARTING");
                    case SOLVING ->
                        getTranslation(
                                "solver.status.SOLVING",
                                score,
                                progress.improvements(),
                                seconds,
                                progress.timeLimit().toSeconds());
                    case INTERRUPTED -> getTranslation("solver.status.INTERRUPTED", score);
                    case CANCELLED -> getTranslation("solver.status.CANCELLED");
                    case FINISHED -> getTranslation("solver.status.FINISHED", seconds, score);
                    case STOPPED -> getTranslation("solver.status.STOPPED", seconds, score);
                    case FAILED -> getTranslation("solver.status.FAILED", failure(progress.message()));
                };
        // A run taken over after a restart or a node's crash says so, also when it has ended.
        status.setText(
                progress.resumed() > 0 && progress.status() != JobStatus.INTERRUPTED
                        ? text + " " + getTranslation("solver.resumed", progress.resumed())
                        : text);
    }

    public String statusText() {
        return status.getText();
    }

    /** A stored refusal code in the reader's words; any other failure as it was recorded. */
    private String failure(String message) {
        return message != null && message.matches("(domain|app)\\.error\\.[a-z_]+") ? getTranslation(message) : message;
    }
}
