package no.fellesgrunn.web.solver;

import static org.assertj.core.api.Assertions.assertThat;

import no.fellesgrunn.domain.account.UserAccountRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The figures in docs/organiser-solving.md: matching and scheduling of the demo's Bodø event in
 * the running application with the default time limits (30 s and 60 s). A benchmark, not a test
 * of speed: run it with
 * {@code ./mvnw -B -pl web -am test -Dtest=DemoEventSolvingFigures -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class DemoEventSolvingFigures extends WebIntegrationTest {
    @Autowired
    MatchingJobs matchingJobs;

    @Autowired
    SchedulingJobs schedulingJobs;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    PlanRepository plans;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void matchAndScheduleTheDemoEventWithTheDefaultTimeLimits() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        String organiser =
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly();

        SignedIn.as(users, organiser, () -> matchingJobs.start(bodo.id(), 1));
        SolverProgress matching =
                SolvingTestSupport.awaitEnd(() -> SignedIn.as(users, organiser, () -> matchingJobs.status(bodo.id())));
        System.out.printf(
                "[figures] matching, time limit %d s: %s after %d ms, %d matches, %d without a match, "
                        + "score %s, %d improvements after the starting plan%n",
                matching.timeLimit().toSeconds(),
                matching.status(),
                matching.elapsed().toMillis(),
                matching.resultCount(),
                matching.unmatched(),
                matching.bestScore(),
                matching.improvements());

        SignedIn.as(users, organiser, () -> schedulingJobs.start(bodo.id()));
        SolverProgress scheduling = SolvingTestSupport.awaitEnd(
                () -> SignedIn.as(users, organiser, () -> schedulingJobs.status(bodo.id())));
        System.out.printf(
                "[figures] scheduling, time limit %d s: %s after %d ms, %d seats, %d unseated participant-rounds, "
                        + "score %s, %d improvements%n",
                scheduling.timeLimit().toSeconds(),
                scheduling.status(),
                scheduling.elapsed().toMillis(),
                scheduling.resultCount(),
                scheduling.unmatched(),
                scheduling.bestScore(),
                scheduling.improvements());
        var breakdown = SignedIn.as(users, organiser, () -> schedulingJobs.lastPlan(bodo.id()))
                .orElseThrow()
                .scoreBreakdown();
        breakdown.forEach(c -> System.out.printf("[figures]   %s: %s (%d)%n", c.constraint(), c.score(), c.matches()));
        assertThat(plans.findMatches(bodo.id())).hasSize(matching.resultCount());
        assertThat(plans.findByEvent(bodo.id())).hasSize(1);
    }
}
