package no.fellesgrunn.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.outcome.StepStatus;
import no.fellesgrunn.domain.outcome.TableOutcome;
import no.fellesgrunn.domain.outcome.TableOutcomeRepository;
import no.fellesgrunn.domain.outcome.TableStep;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.testsupport.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's follow-up: a published Bodø plan and outcomes on its tables with steps done, open and overdue. */
class DemoFollowUpTest extends WebIntegrationTest {
    @Autowired
    DemoFollowUp demo;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    PlanRepository plans;

    @Autowired
    TableOutcomeRepository outcomes;

    @Test
    void bodoGetsAPlanAndOutcomesWithDoneAndOverdueStepsOnce() {
        LocalDate today = LocalDate.of(2027, 6, 1);
        assertThat(demo.load(today)).isTrue();
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        PlanVersion plan = plans.findPublished(bodo.id()).orElseThrow();
        assertThat(plan.seats()).hasSizeGreaterThan(100);
        List<TableOutcome> all = outcomes.findByEvents(Set.of(bodo.id()));
        assertThat(all).hasSize(6);
        for (TableOutcome o : all) {
            // Every step owner sat at that table in that round.
            o.steps().stream().filter(s -> s.owner().actorId() != null).forEach(s -> assertThat(plan.seats())
                    .contains(new Seat(s.owner().actorId(), o.roundId(), o.tableId(), o.challengeId(), false)));
        }
        List<TableStep> steps = all.stream().flatMap(o -> o.steps().stream()).toList();
        assertThat(steps).anyMatch(s -> s.status() == StepStatus.DONE);
        assertThat(steps).anyMatch(s -> s.overdue(today));
        assertThat(steps).anyMatch(s -> s.status().open() && !s.overdue(today));
        assertThat(all).anyMatch(TableOutcome::confirmed).anyMatch(o -> !o.confirmed());
        // A second start leaves Bodø alone.
        assertThat(demo.load(today)).isFalse();
        assertThat(outcomes.findByEvents(Set.of(bodo.id()))).hasSize(6);
    }
}
