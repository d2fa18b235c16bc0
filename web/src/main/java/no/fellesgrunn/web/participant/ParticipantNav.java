package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import no.fellesgrunn.web.mail.OutboxView;

/**
 * The participant workspace's own sub-navigation: plain links in a list, so it works with the
 * keyboard and screen readers, wraps on a phone, and marks the current page with aria-current.
 */
public class ParticipantNav extends Nav {

    public ParticipantNav(Class<? extends Component> current) {
        getElement().setAttribute("aria-label", getTranslation("participant.nav.label"));
        UnorderedList list = new UnorderedList();
        list.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("list-style", "none")
                .set("padding", "0")
                .set("margin", "0 0 var(--lumo-space-m) 0");
        list.add(item("participant.nav.home", ParticipantHomeView.class, current));
        list.add(item("participant.nav.matches", MatchesView.class, current));
        list.add(item("participant.nav.schedule", ScheduleView.class, current));
        list.add(item("participant.nav.chats", CoffeeChatsView.class, current));
        list.add(item("outcome.tables.title", no.fellesgrunn.web.outcome.MyTablesView.class, current));
        list.add(item("outcome.commitments.title", no.fellesgrunn.web.outcome.MyCommitmentsView.class, current));
        list.add(item("partners.title", no.fellesgrunn.web.partners.PartnersView.class, current));
        list.add(item("participant.nav.profile", ProfileView.class, current));
        list.add(item("participant.nav.data", MyDataView.class, current));
        list.add(item("participant.nav.outbox", OutboxView.class, current));
        add(list);
    }

    private ListItem item(String key, Class<? extends Component> target, Class<? extends Component> current) {
        RouterLink link = new RouterLink(getTranslation(key), target);
        link.setId("nav-" + target.getSimpleName());
        if (target.equals(current)) {
            link.getElement().setAttribute("aria-current", "page");
            link.getStyle().set("font-weight", "700").set("text-decoration", "underline");
        }
        return new ListItem(link);
    }
}
