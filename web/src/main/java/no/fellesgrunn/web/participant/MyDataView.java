package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import no.fellesgrunn.web.security.CurrentUser;

/** My data: everything stored about me, a JSON download, where to correct it, and deleting my account. */
@Route("me/data")
@RolesAllowed("PARTICIPANT")
public class MyDataView extends ParticipantPage {

    public MyDataView(MyData data, CurrentUser currentUser) {
        super("participant.data.title");
        add(new Paragraph(getTranslation("participant.data.intro")));
        Anchor download = Downloads.link(
                getTranslation("participant.data.download"), "mine-data.json", "application/json", data::json);
        download.setId("data-download");
        add(new Paragraph(download));
        Details all = new Details(getTranslation("participant.data.show"));
        Pre json = new Pre(new String(data.json(), StandardCharsets.UTF_8));
        json.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("font-size", "var(--lumo-font-size-s)");
        json.setId("data-json");
        all.add(json);
        add(all);

        add(new H2(getTranslation("participant.data.correct")));
        add(new Paragraph(new RouterLink(getTranslation("participant.data.correct.link"), ProfileView.class)));

        add(new H2(getTranslation("participant.data.delete")));
        add(new Paragraph(getTranslation("participant.data.delete.help")));
        Button delete =
                new Button(getTranslation("participant.data.delete.button"), click -> confirm(data, currentUser));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("data-delete");
        add(delete);
    }

    private void confirm(MyData data, CurrentUser currentUser) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("participant.data.delete.confirm.title"));
        Checkbox understood = new Checkbox(getTranslation("participant.data.delete.confirm.check"));
        understood.setId("data-delete-understood");
        Button yes = new Button(getTranslation("participant.data.delete.confirm.yes"), click -> {
            if (!understood.getValue()) {
                understood.setInvalid(true);
                understood.focus();
                return;
            }
            data.deleteMyAccount();
            dialog.close();
            currentUser.logout();
            UI.getCurrent().getPage().setLocation("/login");
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        yes.setId("data-delete-yes");
        Button no = new Button(getTranslation("participant.data.delete.confirm.no"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("participant.data.delete.help")), understood);
        dialog.getFooter().add(no, yes);
        add(dialog);
        dialog.open();
    }
}
