package no.fellesgrunn.web.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class AdminViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void theAdminSeesALockedSignInAndOpensIt() {
        var throttle = context.getBean(no.fellesgrunn.web.security.SignInThrottle.class);
        for (int i = 0; i < 5; i++) {
            throttle.failed("Locked.Out@Example.no", "192.0.2.9");
        }
        assertThat(throttle.lockedUntil("locked.out@example.no", "192.0.2.10")).isPresent();
        loginAs("root5@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);

        var grid = (com.vaadin.flow.component.grid.Grid<no.fellesgrunn.web.security.SignInThrottle.Lock>)
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("locked-accounts-grid"));
        assertThat(grid.getListDataView().getItems().map(no.fellesgrunn.web.security.SignInThrottle.Lock::key))
                .containsExactly("locked.out@example.no");
        Button open = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "unlock");
        _click(open);

        assertThat(throttle.lockedUntil("locked.out@example.no", "192.0.2.10")).isEmpty();
        assertThat(grid.isVisible()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("locked-accounts-result"))
                        .getText())
                .contains("locked.out@example.no");
    }

    @Test
    void theAdminAddsAnOrganiserWhoCanSignInWithTheFirstPassword() {
        loginAs("root@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("organiser-name")), "Siri Organiser");
        _setValue(_get(EmailField.class, spec -> spec.withId("organiser-email")), "Siri@Nordland.example");
        selectBodo();
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));

        UserAccount siri = accounts.findByUsername("siri@nordland.example").orElseThrow();
        assertThat(siri.roles()).containsExactly(Role.ORGANISER);
        String message =
                _get(Paragraph.class, spec -> spec.withId("organiser-result")).getText();
        Matcher password = Pattern.compile("\\(vises bare nå\\): (\\S+)").matcher(message);
        assertThat(password.find()).as(message).isTrue();
        assertThat(passwordEncoder.matches(password.group(1), siri.passwordHash()))
                .isTrue();
        assertThat(siri.passwordHash()).startsWith("{bcrypt}").doesNotContain(password.group(1));
        // Events are organised by actors: the new organiser has a profile linked to the login.
        var actor = context.getBean(no.fellesgrunn.domain.actor.ActorRepository.class)
                .findByUserAccount(siri.id())
                .orElseThrow();
        assertThat(actor.name()).isEqualTo("Siri Organiser");
        assertThat(actor.homeMunicipality()).isEqualTo("1804");
    }

    @Test
    void aMissingHomeMunicipalityIsRefusedOnTheField() {
        loginAs("root4@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        long before = accounts.count();

        _setValue(_get(TextField.class, spec -> spec.withId("organiser-name")), "Uten Kommune");
        _setValue(_get(EmailField.class, spec -> spec.withId("organiser-email")), "uten@kommune.example");
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("organiser-municipality"))
                        .isInvalid())
                .isTrue();
        assertThat(accounts.count()).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private void selectBodo() {
        ComboBox<Municipality> municipality = _get(ComboBox.class, spec -> spec.withId("organiser-municipality"));
        _setValue(
                municipality,
                municipality
                        .getListDataView()
                        .getItems()
                        .filter(m -> m.number().equals("1804"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void aTakenEmailIsRefusedOnTheFieldAndNothingIsAdded() {
        loginAs("root2@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        long before = accounts.count();

        _setValue(_get(TextField.class, spec -> spec.withId("organiser-name")), "Copy");
        EmailField email = _get(EmailField.class, spec -> spec.withId("organiser-email"));
        _setValue(email, "root2@fellesgrunn.example");
        selectBodo();
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Det finnes allerede en konto med denne e-postadressen");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void aMissingNameIsRefusedOnTheField() {
        loginAs("root3@fellesgrunn.example", "Admin", Role.ADMIN);
        UI.getCurrent().navigate(AdminView.class);
        long before = accounts.count();

        _setValue(_get(EmailField.class, spec -> spec.withId("organiser-email")), "new@x.example");
        _click(_get(Button.class, spec -> spec.withId("organiser-add")));

        assertThat(_get(TextField.class, spec -> spec.withId("organiser-name")).isInvalid())
                .isTrue();
        assertThat(accounts.count()).isEqualTo(before);
    }
}
