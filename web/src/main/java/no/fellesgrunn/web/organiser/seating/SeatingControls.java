package no.fellesgrunn.web.organiser.seating;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The seating page's main buttons: solve (or solve again), stop, publish. They wrap on a narrow
 * screen, so each stays reachable at phone width.
 */
class SeatingControls extends HorizontalLayout {
    final Button solve = new Button();
    final Button stop = new Button();
    final Button publish = new Button();

    SeatingControls(Runnable onSolve, Runnable onStop, Runnable onPublish) {
        solve.setId("seating-solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(click -> onSolve.run());
        stop.setText(getTranslation("seating.stop"));
        stop.setId("seating-stop");
        stop.addClickListener(click -> onStop.run());
        publish.setText(getTranslation("seating.publish"));
        publish.setId("seating-publish");
        publish.addClickListener(click -> onPublish.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(solve, stop, publish);
    }

    /** What may be done now: nothing but stop while the scheduler runs; publish only a draft. */
    void show(boolean hasPlan, boolean running, boolean draft) {
        solve.setText(getTranslation(hasPlan ? "seating.solveAgain" : "seating.solve"));
        solve.setEnabled(!running);
        stop.setEnabled(running);
        publish.setEnabled(!running && draft);
    }
}
