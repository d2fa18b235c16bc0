package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.SchedulingConstraints;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.organiser.seating.PublishCheck;
import no.fellesgrunn.web.organiser.seating.SeatingService;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A plan with an over-full table (say, made by hand) is published only with the organiser's reason,
 * and the reason stays with the published version.
 */
class PublishOverrideTest extends WebIntegrationTest {
    @Autowired
    SeatingService seating;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PlanRepository plans;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    private <T> T asOrganiser(Supplier<T> action) {
        return SignedIn.as(
                users,
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly(),
                action);
    }

    @Test
    void anOverfullPlanIsPublishedOnlyWithAReasonKeptWithIt() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        RoundTable table = bodo.tables().findFirst().orElseThrow();
        var round = bodo.rounds().get(0);
        List<Registration> people = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status().isTakingPart()
                        && r.availableRounds().contains(round.id())
                        && !r.needsAccessibleTable())
                .limit(table.capacity() + 1L)
                .toList();
        assertThat(people).hasSize(table.capacity() + 1);
        var challenge = bodo.challenges().get(0).challengeId();
        List<Seat> seats = people.stream()
                .map(r -> new Seat(r.actorId(), round.id(), table.id(), challenge, false))
                .toList();
        plans.save(PlanVersion.draft(bodo.id(), 1, "test", Instant.now(), null, seats), "test");

        PublishCheck check = asOrganiser(() -> seating.publishCheck(bodo.id()));
        assertThat(check.blocked()).isTrue();
        assertThat(check.brokenRules())
                .extracting(EventPlan.ConstraintScore::constraint)
                .contains(SchedulingConstraints.TABLE_CAPACITY);
        PlanVersion draft = plans.findByEvent(bodo.id()).get(0);
        assertThatThrownBy(() -> asOrganiser(() -> seating.publish(bodo.id(), draft.id(), draft.version(), null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("needs a reason");
        assertThat(plans.findPublished(bodo.id())).isEmpty();

        PlanVersion published = asOrganiser(
                () -> seating.publish(bodo.id(), draft.id(), draft.version(), "Bordet får en ekstra stol i dag"));
        assertThat(published.overrideReason()).isEqualTo("Bordet får en ekstra stol i dag");
        assertThat(plans.findPublished(bodo.id()).orElseThrow().overrideReason())
                .isEqualTo("Bordet får en ekstra stol i dag");
    }
}
