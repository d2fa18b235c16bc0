package no.fellesgrunn.domain.actor;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(ProfileSteward.organiserOf(Set.of(BODO, AGDER)).mayChange(withoutLogin, Set.of(BODO, AGDER))).isTrue();
    }

    @Test
    void aPersonWithALoginKeepsTheirProfileInTheirOwnHands() {
        assertThat(ProfileSteward.organiserOf(Set.of(BODO)).mayChange(withLogin, Set.of(BODO))).isFalse();
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
        assertThat(ProfileSteward.administrator().mayChange(withLogin, Set.of(AGDER))).isTrue();
        assertThat(ProfileSteward.administrator().mayChange(withoutLogin, Set.of())).isTrue();
    }
}
