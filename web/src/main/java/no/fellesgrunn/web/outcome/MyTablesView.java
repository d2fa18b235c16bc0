package no.fellesgrunn.web.outcome;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.web.i18n.Formats;
import no.fellesgrunn.web.participant.Cards;
import no.fellesgrunn.web.participant.ParticipantPage;

/** The tables I sit at, round by round, each with a link to its outcome and how far it has come. */
@Route("me/tables")
@RolesAllowed("PARTICIPANT")
public class MyTablesView extends ParticipantPage {

    public MyTablesView(TableOutcomes outcomes) {
        super("outcome.tables.title");
        add(new Paragraph(getTranslation("outcome.tables.intro")));
        List<MyTable> tables = outcomes.myTables();
        if (tables.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("outcome.tables.none"));
            none.setId("my-tables-none");
            add(none);
        }
        for (MyTable t : tables) {
            H2 name = new H2(getTranslation("outcome.tables.table", t.round(), t.table()));
            Paragraph what = new Paragraph(getTranslation(
                    "outcome.tables.event",
                    t.eventName(),
                    Formats.date(t.date(), getLocale()),
                    t.challenge() == null ? getTranslation("outcome.openTable") : t.challenge()));
            RouterLink open = new RouterLink(
                    getTranslation(
                            t.iRecord() && !t.confirmed() ? "outcome.tables.record" : "outcome.tables.open",
                            t.round(),
                            t.table()),
                    TableOutcomeView.class,
                    TableOutcomeView.parameters(t.key()));
            open.addClassName("my-table-link");
            Div card = Cards.card(
                    name,
                    what,
                    Cards.badge(
                            getTranslation(
                                    t.confirmed()
                                            ? "outcome.tables.confirmed"
                                            : t.recorded() ? "outcome.tables.draft" : "outcome.tables.empty"),
                            t.confirmed() ? "success" : null),
                    new Paragraph(open));
            card.addClassName("my-table");
            add(card);
        }
    }
}
