package no.fellesgrunn.infra.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Perspective;
import no.fellesgrunn.domain.actor.ProfileSteward;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.infra.challenge.JdbcChallengeRepository;
import no.fellesgrunn.infra.demo.DemoData;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.infra.demo.DemoDataLoader;
import no.fellesgrunn.infra.event.JdbcRegionalEventRepository;
import no.fellesgrunn.infra.testsupport.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a 5,000-actor CSV (with registrations, rounds and wishes for the Bodø event) takes to
 * import into PostgreSQL; the goal is under 10 seconds. Prints the figure; run it on purpose:
 * see docs/import-format.md.
 */
@Tag("benchmark")
@PostgresTest
class ImportBenchmark {
    private static final int ACTORS = 5_000;
    private final DataSource dataSource;

    ImportBenchmark(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void importFiveThousandActors() {
        new DemoDataLoader(dataSource).loadIfEmpty();
        RegionalEvent bodo = new JdbcRegionalEventRepository(dataSource)
                .findByName(DemoDataGenerator.BODO_EVENT)
                .orElseThrow();
        List<Challenge> challenges = new JdbcChallengeRepository(dataSource)
                .findByIds(bodo.challenges().stream().map(s -> s.challengeId()).toList());
        byte[] file = csv(new DemoDataGenerator(7).generate(ACTORS), challenges);
        ImportService imports = new ImportService(dataSource);

        long start = System.nanoTime();
        ImportReport report = imports.importFile(
                SheetKind.ACTORS, "bench.csv", file, bodo.id(), "benchmark", ProfileSteward.administrator());
        double first = (System.nanoTime() - start) / 1e9;
        assertThat(report.errors()).isEmpty();
        assertThat(report.dataRows()).isEqualTo(ACTORS);

        start = System.nanoTime();
        ImportReport again = imports.importFile(
                SheetKind.ACTORS, "bench.csv", file, bodo.id(), "benchmark", ProfileSteward.administrator());
        double second = (System.nanoTime() - start) / 1e9;
        assertThat(again.created() + again.updated()).isZero();

        System.out.printf(
                "[ImportBenchmark] %d actors, %d KB CSV: first import %.2f s (%d created), "
                        + "same file again %.2f s (nothing changed)%n",
                ACTORS, file.length / 1024, first, report.created(), second);
    }

    /** The first event's actors of a generated data set, as an actors file registering them for Bodø. */
    private static byte[] csv(DemoData data, List<Challenge> challenges) {
        Map<UUID, Organisation> orgs =
                data.organisations().stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        RegionalEvent event = data.events().get(0);
        Map<UUID, Registration> registrations = data.registrationsFor(event).stream()
                .collect(Collectors.toMap(Registration::actorId, Function.identity()));
        Random random = new Random(7);
        StringBuilder out = new StringBuilder(String.join(";", SheetKind.ACTORS.headers())).append('\n');
        for (Actor a : data.actors()) {
            Registration r = registrations.get(a.id());
            if (r == null) {
                continue;
            }
            Organisation org = orgs.get(a.organisationId());
            List<String> rounds = new ArrayList<>();
            event.rounds().forEach(x -> {
                if (r.availableRounds().contains(x.id())) rounds.add(String.valueOf(x.number()));
            });
            List<String> wishes = new ArrayList<>();
            for (int i = 0; i < r.wishes().size(); i++) {
                String title = challenges.get(random.nextInt(challenges.size())).title();
                if (!wishes.contains(title)) {
                    wishes.add(title);
                }
            }
            List<String> cells = List.of(
                    a.name(),
                    "bench." + a.email().value(),
                    a.phone() == null ? "" : a.phone(),
                    org == null ? "" : org.name(),
                    org == null || org.number() == null ? "" : org.number().value(),
                    Actor.sectorOf(org).name(),
                    a.roleTitle() == null ? "" : a.roleTitle(),
                    a.homeMunicipality(),
                    String.join("|", a.themeKeys()),
                    a.perspectives().stream().map(Perspective::name).sorted().collect(Collectors.joining("|")),
                    a.languages().stream().sorted().collect(Collectors.joining("|")),
                    a.accessibilityNeeds() == null ? "" : a.accessibilityNeeds(),
                    a.consent().showEmail() ? "ja" : "nei",
                    a.consent().showPhone() ? "ja" : "nei",
                    a.consent().showOrganisation() ? "ja" : "nei",
                    String.join("|", rounds),
                    String.join("|", wishes),
                    r.needsAccessibleTable() ? "ja" : "nei",
                    r.status().name());
            out.append(String.join(";", cells)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
