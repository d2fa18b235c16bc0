package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.web.calendar.CalendarSubscription;
import no.fellesgrunn.web.calendar.IcsCalendar;

/**
 * My schedule: for every round the time, room, table, challenge and who else sits there; what
 * changed since the previously published plan is marked in words; a calendar file, a private
 * calendar subscription I can revoke, and a printable version.
 */
@Route("me/schedule")
@RolesAllowed("PARTICIPANT")
public class ScheduleView extends ParticipantPage {
    private final CalendarSubscription subscription;
    private final Div subscriptionArea = new Div();

    public ScheduleView(MySchedule schedule, CalendarSubscription subscription) {
        super("participant.schedule.title");
        this.subscription = subscription;
        Locale locale = getLocale();
        List<EventSchedule> schedules = schedule.mine();
        if (schedules.isEmpty()) {
            add(new Paragraph(getTranslation("participant.schedule.none")));
        }
        for (EventSchedule event : schedules) {
            add(ScheduleBlocks.event(event, this, locale));
        }
        FlexLayout tools = new FlexLayout();
        tools.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tools.getStyle().set("gap", "var(--lumo-space-m)");
        Anchor ics = Downloads.link(
                getTranslation("participant.schedule.ics"),
                "fellesgrunn-program.ics",
                IcsCalendar.MEDIA_TYPE,
                () -> schedule.ics(locale));
        ics.setId("schedule-ics");
        RouterLink print = new RouterLink(getTranslation("participant.schedule.print"), PrintableScheduleView.class);
        print.setId("schedule-print");
        tools.add(ics, print);
        add(tools);

        add(new H2(getTranslation("participant.calendar.title")));
        add(new Paragraph(getTranslation("participant.calendar.intro")));
        subscriptionArea.setId("calendar-subscription");
        add(subscriptionArea);
        showSubscription(null);
    }

    private void showSubscription(String newUrl) {
        subscriptionArea.removeAll();
        boolean active = subscription.active();
        if (newUrl != null) {
            TextField url = new TextField(getTranslation("participant.calendar.url"));
            url.setValue(newUrl);
            url.setReadOnly(true);
            url.setWidthFull();
            url.setId("calendar-url");
            url.setHelperText(getTranslation("participant.calendar.url.help"));
            subscriptionArea.add(url);
        } else if (active) {
            subscriptionArea.add(new Paragraph(getTranslation("participant.calendar.active")));
        }
        Button renew = new Button(
                getTranslation(active ? "participant.calendar.renew" : "participant.calendar.create"), click -> {
                    String url = subscription.renew();
                    showSubscription(url);
                    status.ok(getTranslation("participant.calendar.created"));
                });
        renew.setId("calendar-renew");
        subscriptionArea.add(renew);
        if (active) {
            Button revoke = new Button(getTranslation("participant.calendar.revoke"), click -> {
                subscription.revoke();
                showSubscription(null);
                status.ok(getTranslation("participant.calendar.revoked"));
            });
            revoke.setId("calendar-revoke");
            subscriptionArea.add(revoke);
        }
    }
}
