package no.fellesgrunn.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.fellesgrunn.domain.archviolation.DomainClassUsingInfra;
import no.fellesgrunn.domain.archviolation.DomainClassUsingSpring;
import no.fellesgrunn.infra.archviolation.InfraClassUsingWeb;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules hold for the production code of all four modules, and they do catch
 * violations: the fixtures in the {@code archviolation} test packages break each rule on purpose.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.fellesgrunn");

    @Test
    void allFourModulesAreChecked() {
        assertThat(PRODUCTION.stream()
                        .map(c -> c.getPackageName().split("\\.")[2])
                        .distinct())
                .contains("domain", "planner", "infra", "web");
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.check(PRODUCTION);
    }

    @Test
    void viewsReachDataThroughServices() {
        ArchitectureRules.VIEWS_GO_THROUGH_SERVICES.check(PRODUCTION);
    }

    @Test
    void dependenciesPointOneWay() {
        ArchitectureRules.LAYERS.check(PRODUCTION);
    }

    @Test
    void noSentencesBelowWebAndRefusalsCarryCodes() {
        ArchitectureRules.NO_USER_TEXT_BELOW_WEB.check(PRODUCTION);
        ArchitectureRules.REFUSALS_CARRY_DOMAIN_CODES.check(PRODUCTION);
    }

    @Test
    void aPlannerSentenceAndARefusalWithoutADomainCodeAreCaught() {
        JavaClasses sentence = new ClassFileImporter()
                .importClasses(no.fellesgrunn.planner.archviolation.PlannerClassWritingSentences.class);
        assertThatThrownBy(() -> ArchitectureRules.NO_USER_TEXT_BELOW_WEB.check(sentence))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PlannerClassWritingSentences")
                .hasMessageContaining("java.text.MessageFormat");
        JavaClasses refusal = new ClassFileImporter()
                .importClasses(no.fellesgrunn.domain.archviolation.DomainRefusalWithoutCode.class);
        assertThatThrownBy(() -> ArchitectureRules.REFUSALS_CARRY_DOMAIN_CODES.check(refusal))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DomainRefusalWithoutCode");
    }

    @Test
    void aDomainClassUsingSpringIsCaught() {
        JavaClasses withViolation = new ClassFileImporter().importClasses(DomainClassUsingSpring.class);
        assertThatThrownBy(() -> ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.check(withViolation))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DomainClassUsingSpring")
                .hasMessageContaining("org.springframework");
    }

    @Test
    void aDependencyAgainstTheArrowsIsCaught() {
        JavaClasses domainToInfra = new ClassFileImporter()
                .importClasses(
                        DomainClassUsingInfra.class, no.fellesgrunn.infra.account.JdbcUserAccountRepository.class);
        assertThatThrownBy(() -> ArchitectureRules.LAYERS.check(domainToInfra))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DomainClassUsingInfra");

        JavaClasses infraToWeb =
                new ClassFileImporter().importClasses(InfraClassUsingWeb.class, no.fellesgrunn.web.Application.class);
        assertThatThrownBy(() -> ArchitectureRules.LAYERS.check(infraToWeb))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("InfraClassUsingWeb");
    }
}
