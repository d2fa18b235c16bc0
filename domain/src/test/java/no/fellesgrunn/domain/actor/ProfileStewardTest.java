package no.fellesgrunn.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileStewardTest {
    private static final UUID BODO = UUID.randomUUID();
    private static final UUID AGDER = UUID.randomUUID();
    private final Actor withoutLogin = Actor.create("Per Uten Pc", Email.of("per@bodo.example"), "1804");
    private final Actor withLogin = withoutLogin.withUserAccount(UUID.randomUUID());

    @Test
    void anOrganiserLooksAfterPeopleWithoutLoginWhoTakePartOnlyInTheirEvents() {
        ProfileSteward bodoOrganiser = ProfileSteward.organiserOf(Set.of(BODO));
        assertThat(bodoOrganiser.mayChange(withoutLogin, Set.of(BODO))).isTrue();
        assertThat(ProfileSteward.organiserOf(Set.of(BODO, AGDER)).mayChange(withoutLogin, Set.of(BODO, AGDER)))
                .isTrue();
    }

    @Test
    void aPersonWithALoginKeepsTheirProfileInTheirOwnHands() {
        assertThat(ProfileSteward.organiserOf(Set.of(BODO)).mayChange(withLogin, Set.of(BODO)))
                .isFalse();
    }

    @Test
    void aPersonWhoAlsoTakesPartElsewhereOrNowhereIsNotTheOrganisersToChange() {
        ProfileSteward bodoOrganiser = ProfileSteward.organiserOf(Set.of(BODO));
        assertThat(bodoOrganiser.mayChange(withoutLogin, Set.of(BODO, AGDER))).isFalse();
        assertThat(bodoOrganiser.mayChange(withoutLogin, Set.of(AGDER))).isFalse();
        assertThat(bodoOrganiser.mayChange(withoutLogin, Set.of())).isFalse();
    }

    @Test
    void anAdminMayCorrectAnyProfile() {
        assertThat(ProfileSteward.administrator().mayChange(withLogin, Set.of(AGDER)))
                .isTrue();
        assertThat(ProfileSteward.administrator().mayChange(withoutLogin, Set.of()))
                .isTrue();
    }

    @Test
    void anOrganiserChangesTheWholeProfileOfSomeoneInTheirCareButNotTheAddressOrLogin() {
        UUID organisation = UUID.randomUUID();
        ProfileChange change = new ProfileChange(
                "Per Pensjonist",
                organisation,
                java.util.List.of("ensomhet", "mobilitet"),
                Set.of(Perspective.LIVED_EXPERIENCE),
                new Consent(false, true, true),
                withoutLogin.version());
        Actor changed = ProfileSteward.organiserOf(Set.of(BODO)).change(withoutLogin, Set.of(BODO), change);
        assertThat(changed.id()).isEqualTo(withoutLogin.id());
        assertThat(changed.name()).isEqualTo("Per Pensjonist");
        assertThat(changed.organisationId()).isEqualTo(organisation);
        assertThat(changed.themes())
                .containsExactly(new ThemeInterest("ensomhet", 1), new ThemeInterest("mobilitet", 2));
        assertThat(changed.perspectives()).containsExactly(Perspective.LIVED_EXPERIENCE);
        assertThat(changed.consent()).isEqualTo(new Consent(false, true, true));
        assertThat(changed.email()).isEqualTo(withoutLogin.email());
        assertThat(changed.homeMunicipality()).isEqualTo(withoutLogin.homeMunicipality());
        // Back to speaking as a citizen: no organisation.
        assertThat(ProfileSteward.organiserOf(Set.of(BODO))
                        .change(
                                withoutLogin,
                                Set.of(BODO),
                                new ProfileChange("Per", null, java.util.List.of(), Set.of(), Consent.NOTHING, 0))
                        .organisationId())
                .isNull();
    }

    @Test
    void aProfileOutsideTheEditorsCareIsNotChangedAndTheActorsRulesStillHold() {
        ProfileChange change = new ProfileChange("Ny", null, java.util.List.of(), Set.of(), Consent.NOTHING, 0);
        assertThatThrownBy(() -> ProfileSteward.organiserOf(Set.of(BODO)).change(withLogin, Set.of(BODO), change))
                .isInstanceOf(no.fellesgrunn.domain.common.DomainException.class)
                .extracting(e -> ((no.fellesgrunn.domain.common.DomainException) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.PROFILE_NOT_IN_YOUR_CARE);
        assertThatThrownBy(() ->
                        ProfileSteward.organiserOf(Set.of(BODO)).change(withoutLogin, Set.of(BODO, AGDER), change))
                .isInstanceOf(no.fellesgrunn.domain.common.DomainException.class);
        assertThatThrownBy(() -> ProfileSteward.organiserOf(Set.of(BODO))
                        .change(
                                withoutLogin,
                                Set.of(BODO),
                                new ProfileChange(" ", null, java.util.List.of(), Set.of(), Consent.NOTHING, 0)))
                .extracting(e -> ((no.fellesgrunn.domain.common.DomainException) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.REQUIRED);
        assertThatThrownBy(() -> ProfileSteward.organiserOf(Set.of(BODO))
                        .change(
                                withoutLogin,
                                Set.of(BODO),
                                new ProfileChange(
                                        "Per",
                                        null,
                                        java.util.List.of("ensomhet", "ensomhet"),
                                        Set.of(),
                                        Consent.NOTHING,
                                        0)))
                .extracting(e -> ((no.fellesgrunn.domain.common.DomainException) e).error())
                .isEqualTo(no.fellesgrunn.domain.common.DomainError.THEME_LISTED_TWICE);
    }
}
