package no.fellesgrunn.web.mail;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import no.fellesgrunn.infra.participant.JdbcMailOutbox;
import no.fellesgrunn.web.participant.Cards;
import no.fellesgrunn.web.participant.ParticipantPage;
import no.fellesgrunn.web.security.CurrentUser;

/**
 * The demo's outbox: the mails that would have been sent. A participant sees the mails to their
 * own address; the administrator sees that the others were sent (to whom, when, about what) but not
 * what they say, since they carry people's pitches and summaries. With a real mail server it stays
 * empty.
 */
@Route("outbox")
@RolesAllowed({"PARTICIPANT", "ADMIN"})
public class OutboxView extends ParticipantPage {

    public OutboxView(Outbox outbox, CurrentUser currentUser) {
        super("participant.outbox.title");
        add(new Paragraph(getTranslation("participant.outbox.intro")));
        String me = currentUser.account().map(a -> a.username()).orElse("");
        List<JdbcMailOutbox.StoredMail> mails = outbox.visible();
        if (mails.isEmpty()) {
            add(new Paragraph(getTranslation("participant.outbox.none")));
        }
        for (JdbcMailOutbox.StoredMail mail : mails) {
            Div card = Cards.card();
            card.addClassName("outbox-mail");
            card.add(new H2(mail.subject()));
            card.add(new Paragraph(getTranslation(
                    "participant.outbox.meta",
                    mail.recipient(),
                    no.fellesgrunn.web.i18n.Formats.dateTime(mail.sentAt(), getLocale()))));
            if (!mail.recipient().equalsIgnoreCase(me)) {
                card.add(new Paragraph(getTranslation("participant.outbox.private")));
                add(card);
                continue;
            }
            Pre body = new Pre(mail.body());
            body.getStyle().set("white-space", "pre-wrap").set("font-family", "inherit");
            card.add(body);
            if (mail.attachmentName() != null) {
                card.add(new Paragraph(getTranslation("participant.outbox.attachment", mail.attachmentName())));
            }
            add(card);
        }
    }
}
