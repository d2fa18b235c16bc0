package no.fellesgrunn.web.partners;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.Comparator;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Consent;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.actor.ThemeInterest;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.infra.participant.JdbcChatDirectory;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Partner search: only people who opted in, filtered by theme, shown sector and shown municipality, with reasons. */
class PartnersViewTest extends KaribuTest {
    @Autowired
    ActorRepository actors;

    @Autowired
    JdbcChatDirectory directory;

    @Autowired
    ReferenceDataRepository reference;

    @Autowired
    OrganisationRepository organisations;

    private Actor with(Actor a, List<ThemeInterest> themes, Consent consent) {
        return actors.save(
                new Actor(
                        a.id(),
                        a.name(),
                        a.email(),
                        a.phone(),
                        a.organisationId(),
                        a.roleTitle(),
                        a.homeMunicipality(),
                        themes,
                        a.perspectives(),
                        a.languages(),
                        a.accessibilityNeeds(),
                        consent,
                        a.userAccountId(),
                        a.version()),
                "test");
    }

    /** The people found, by actor id (demo names repeat). */
    private static List<String> found() {
        return _find(Div.class, spec -> spec.withClasses("partner")).stream()
                .map(card -> card.getId().orElseThrow().substring("partner-".length()))
                .toList();
    }

    @Test
    void onlyPeopleWhoOptedInAreFoundAndFiltersUseOnlyWhatTheyShow() {
        UserAccount account = accounts.findByRole(Role.PARTICIPANT).stream()
                .filter(a -> actors.findByUserAccount(a.id()).isPresent())
                .min(Comparator.comparing(UserAccount::username))
                .orElseThrow();
        List<Theme> themes = reference.themes();
        String shared = themes.get(0).key();
        String other = themes.get(1).key();
        Actor me = with(
                actors.findByUserAccount(account.id()).orElseThrow(),
                List.of(new ThemeInterest(shared, 1)),
                new Consent(false, false, true));
        List<Actor> withOrganisation = actors.findAll().stream()
                .filter(a -> a.userAccountId() == null && a.organisationId() != null && !a.id().equals(me.id()))
                .limit(3)
                .toList();
        Actor shown =
                with(withOrganisation.get(0), List.of(new ThemeInterest(shared, 1)), new Consent(false, false, true));
        Actor hidden =
                with(withOrganisation.get(1), List.of(new ThemeInterest(other, 1)), new Consent(false, false, false));
        Actor notListed =
                with(withOrganisation.get(2), List.of(new ThemeInterest(shared, 1)), new Consent(true, true, true));
        directory.setListed(shown.id(), true);
        directory.setListed(hidden.id(), true);
        directory.setListed(notListed.id(), false);

        loginAs(account.username(), account.displayName(), Role.PARTICIPANT);
        UI.getCurrent().navigate(PartnersView.class);
        assertThat(found())
                .contains(shown.id().toString(), hidden.id().toString())
                .doesNotContain(notListed.id().toString(), me.id().toString());
        assertThat(found().indexOf(shown.id().toString()))
                .isLessThan(found().indexOf(hidden.id().toString()));
        Div shownCard = _find(Div.class, spec -> spec.withClasses("partner"))
                .get(found().indexOf(shown.id().toString()));
        assertThat(shownCard.getElement().getTextRecursively())
                .contains("Dere bryr dere begge om: " + themes.get(0).nameNb());
        assertThat(shownCard
                        .getChildren()
                        .flatMap(c -> c.getChildren())
                        .filter(Anchor.class::isInstance)
                        .map(a -> ((Anchor) a).getHref()))
                .containsExactly("me/chats/new?partner=" + shown.id());

        @SuppressWarnings("unchecked")
        ComboBox<Theme> theme = _get(ComboBox.class, spec -> spec.withId("partners-theme"));
        _setValue(theme, themes.get(0));
        assertThat(found())
                .contains(shown.id().toString())
                .doesNotContain(hidden.id().toString(), notListed.id().toString());
        _setValue(theme, null);

        Sector hiddenSector =
                organisations.findById(hidden.organisationId()).orElseThrow().sector();
        Sector shownSector =
                organisations.findById(shown.organisationId()).orElseThrow().sector();
        @SuppressWarnings("unchecked")
        Select<Sector> sector = _get(Select.class, spec -> spec.withId("partners-sector"));
        _setValue(sector, hiddenSector);
        // The hidden organisation's sector is never a reason to find them.
        assertThat(found()).doesNotContain(hidden.id().toString());
        _setValue(sector, shownSector);
        assertThat(found()).contains(shown.id().toString());
        _setValue(sector, null);

        String town =
                reference.municipality(shown.homeMunicipality()).orElseThrow().name();
        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = _get(ComboBox.class, spec -> spec.withId("partners-municipality"));
        _setValue(municipality, town);
        assertThat(found())
                .contains(shown.id().toString())
                .doesNotContain(hidden.id().toString());
    }
}
