package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** My coffee chats, each with where it stands, and a way to invite someone new. */
@Route("me/chats")
@RolesAllowed("PARTICIPANT")
public class CoffeeChatsView extends ParticipantPage {

    public CoffeeChatsView(CoffeeChats chats) {
        super("participant.chats.title");
        add(new Paragraph(getTranslation("participant.chats.intro")));
        RouterLink invite = new RouterLink(getTranslation("participant.chats.new"), NewCoffeeChatView.class);
        invite.setId("new-chat");
        add(new Paragraph(invite));
        List<ChatCard> mine = chats.mine();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("participant.chats.none")));
        }
        for (ChatCard chat : mine) {
            Div card = Cards.card();
            card.addClassName("chat-card");
            card.add(new H2(chat.other().name()));
            card.add(Cards.badge(
                    getTranslation("participant.chat.status." + chat.status().name()), null));
            if (chat.myTurn()) {
                card.add(Cards.badge(getTranslation("participant.chat.yourturn"), "primary"));
            }
            if (chat.scheduledAt() != null) {
                card.add(new Paragraph(getTranslation(
                        "participant.chat.agreedat",
                        Cards.when(chat.scheduledAt(), getLocale()),
                        chat.meetingPlace())));
            }
            RouterLink open = new RouterLink(
                    getTranslation("participant.chats.open", chat.other().name()),
                    CoffeeChatView.class,
                    new RouteParameters("chatId", chat.id().toString()));
            open.addClassName("open-chat");
            card.add(new Paragraph(open));
            add(card);
        }
    }
}
