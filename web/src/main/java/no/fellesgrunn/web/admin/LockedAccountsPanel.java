package no.fellesgrunn.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.fellesgrunn.web.security.SignInThrottle;

/** Account names locked after too many failed sign-ins, when each opens again, and a button to open it now. */
public class LockedAccountsPanel extends Div {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));
    private final SignInLocks locks;
    private final Grid<SignInThrottle.Lock> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final Paragraph result = new Paragraph();

    public LockedAccountsPanel(SignInLocks locks) {
        this.locks = locks;
        setId("locked-accounts");
        grid.addColumn(SignInThrottle.Lock::key).setHeader(getTranslation("admin.locks.account"));
        grid.addColumn(lock -> TIME.format(lock.until())).setHeader(getTranslation("admin.locks.until"));
        grid.addComponentColumn(lock -> {
                    Button unlock = new Button(getTranslation("admin.locks.unlock"), click -> unlock(lock));
                    unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    unlock.getElement()
                            .setAttribute("aria-label", getTranslation("admin.locks.unlock.label", lock.key()));
                    return unlock;
                })
                .setKey("unlock");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin.locks.title"));
        grid.setId("locked-accounts-grid");
        empty.setText(getTranslation("admin.locks.none"));
        result.setId("locked-accounts-result");
        result.getElement().setAttribute("role", "status");
        Button refresh = new Button(getTranslation("admin.locks.refresh"), click -> refresh());
        refresh.setId("locked-accounts-refresh");
        add(
                new H2(getTranslation("admin.locks.title")),
                new Paragraph(getTranslation("admin.locks.intro")),
                grid,
                empty,
                refresh,
                result);
        refresh();
    }

    private void unlock(SignInThrottle.Lock lock) {
        locks.unlock(lock.key());
        result.setText(getTranslation("admin.locks.unlocked", lock.key()));
        refresh();
    }

    private void refresh() {
        var locked = locks.lockedAccounts();
        grid.setItems(locked);
        grid.setVisible(!locked.isEmpty());
        empty.setVisible(locked.isEmpty());
    }
}
