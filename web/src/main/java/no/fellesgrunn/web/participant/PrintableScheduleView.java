package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** My schedule on paper: my name, no menu, black on white, and a button (not printed) that opens the print dialog. */
@Route(value = "me/schedule/print", autoLayout = false)
@RolesAllowed("PARTICIPANT")
public class PrintableScheduleView extends Main implements HasDynamicTitle {

    public PrintableScheduleView(MySchedule schedule) {
        getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("max-width", "50rem")
                .set("color", "#000")
                .set("background", "#fff");
        H1 heading = new H1(getTranslation("participant.schedule.title"));
        heading.setId("participant-page-title");
        Button print = new Button(getTranslation("participant.schedule.printnow"), click -> getElement()
                .executeJs("window.print()"));
        print.setId("print-now");
        RouterLink back = new RouterLink(getTranslation("participant.schedule.back"), ScheduleView.class);
        // The buttons are for the screen; the paper says whose schedule it is.
        print.addClassName("no-print");
        back.addClassName("no-print");
        Paragraph whose = new Paragraph(getTranslation("participant.schedule.printedfor", schedule.whose()));
        whose.setId("printed-for");
        add(heading, whose, print, back);
        var schedules = schedule.mine();
        if (schedules.isEmpty()) {
            add(new Paragraph(getTranslation("participant.schedule.none")));
        }
        schedules.forEach(event -> add(ScheduleBlocks.event(event, this, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("participant.schedule.title") + " | " + getTranslation("app.name");
    }
}
