package no.fellesgrunn.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.organisation.Organisation;
import org.junit.jupiter.api.Test;

class ActorTest {
    private Actor actor(List<ThemeInterest> themes, Set<String> languages, String phone) {
        return new Actor(
                UUID.randomUUID(),
                "Kari Nordmann",
                Email.of("kari@bodo.example"),
                phone,
                null,
                null,
                "1804",
                themes,
                Set.of(Perspective.DRIVER),
                languages,
                null,
                null,
                null,
                0);
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        assertThat(Email.of("  Kari.Nordmann@Bodo.Kommune.NO ").value()).isEqualTo("kari.nordmann@bodo.kommune.no");
    }

    @Test
    void refusesThingsThatAreNotEmailAddresses() {
        for (String bad : List.of("kari", "kari@", "@bodo.no", "kari@bodo", "kari nordmann@bodo.no", "a@b@c.no")) {
            assertThatThrownBy(() -> Email.of(bad))
                    .as(bad)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("not an e-mail address");
        }
        assertThatThrownBy(() -> Email.of(" ")).hasMessageContaining("required");
    }

    @Test
    void themesAreOrderedByPriority() {
        Actor a = actor(List.of(new ThemeInterest("rus", 2), new ThemeInterest("ensomhet", 1)), Set.of("nb"), null);
        assertThat(a.themeKeys()).containsExactly("ensomhet", "rus");
    }

    @Test
    void aThemeOrAPriorityCannotAppearTwice() {
        assertThatThrownBy(
                        () -> actor(List.of(new ThemeInterest("rus", 1), new ThemeInterest("rus", 2)), Set.of(), null))
                .hasMessageContaining("twice");
        assertThatThrownBy(() ->
                        actor(List.of(new ThemeInterest("rus", 1), new ThemeInterest("eldre", 1)), Set.of(), null))
                .hasMessageContaining("priority 1 to two themes");
        assertThatThrownBy(() -> new ThemeInterest("rus", 0)).hasMessageContaining("1 or more");
    }

    @Test
    void languagesAreCodesNormalisedToLowerCase() {
        assertThat(actor(List.of(), Set.of("NB", "se", "Nn"), null).languages())
                .containsExactlyInAnyOrder("nb", "se", "nn");
        assertThatThrownBy(() -> actor(List.of(), Set.of("norsk"), null)).hasMessageContaining("language 'norsk'");
    }

    @Test
    void phoneIsDigitsWithOptionalPlus() {
        assertThat(actor(List.of(), Set.of(), "+47 915 00 000").phone()).isEqualTo("+47 915 00 000");
        assertThatThrownBy(() -> actor(List.of(), Set.of(), "=1+1")).hasMessageContaining("phone");
    }

    @Test
    void homeMunicipalityIsRequired() {
        assertThatThrownBy(() -> Actor.create("Ola", Email.of("ola@x.no"), null))
                .hasMessageContaining("home municipality");
    }

    @Test
    void withoutOrganisationAnActorSpeaksAsCitizen() {
        assertThat(Actor.sectorOf(null)).isEqualTo(Sector.CITIZEN);
        Organisation nav = Organisation.create("NAV Bodø", null, Sector.STATE, "1804");
        assertThat(Actor.sectorOf(nav)).isEqualTo(Sector.STATE);
    }

    @Test
    void consentDefaultsToSharingNothing() {
        assertThat(actor(List.of(), Set.of(), null).consent()).isEqualTo(Consent.NOTHING);
    }

    @Test
    void anActorWhoseAccountWasDeletedHasLeftForGood() {
        Actor kari = actor(List.of(), Set.of("nb"), null);
        assertThat(kari.hasLeft()).isFalse();
        Actor left = new Actor(
                kari.id(),
                "Deltaker som har sluttet",
                Actor.leftEmail(kari.id()),
                null,
                null,
                null,
                "1804",
                List.of(),
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                1);
        assertThat(left.hasLeft()).isTrue();
        assertThat(left.email().value()).endsWith(".invalid");
    }

    @Test
    void onlySomeoneWhoLeftHasNoHomeMunicipality() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> new Actor(
                        id,
                        "Kari",
                        Email.of("kari@bodo.example"),
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        Set.of(),
                        Set.of(),
                        null,
                        new Consent(false, false, false),
                        null,
                        0))
                .isInstanceOf(DomainException.class);
        Actor left = new Actor(
                id,
                "Deltaker som har sluttet",
                Actor.leftEmail(id),
                null,
                null,
                null,
                null,
                List.of(),
                Set.of(),
                Set.of(),
                null,
                new Consent(false, false, false),
                null,
                1);
        assertThat(left.hasLeft()).isTrue();
        assertThat(left.homeMunicipality()).isNull();
        Actor anonymised = new Actor(
                id,
                "Anonymisert",
                Email.of("anonymised-" + id + "@" + Actor.ANONYMISED_EMAIL_DOMAIN),
                null,
                null,
                null,
                null,
                List.of(),
                Set.of(),
                Set.of(),
                null,
                new Consent(false, false, false),
                null,
                1);
        assertThat(anonymised.homeMunicipality()).isNull();
    }
}
