package no.fellesgrunn.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/** The module rules of Fellesgrunn, kept in one place so tests can apply them to any classes. */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    /** The domain is plain Java: the heart of the system must not know its frameworks. */
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("no.fellesgrunn.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..",
                    "org.optaplanner..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..")
            .as("domain depends on no framework (Spring, JDBC/SQL, OptaPlanner, Vaadin)");

    /** Dependencies point one way: web → infra/planner → domain. */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Web").definedBy("no.fellesgrunn.web..")
            .layer("Infra").definedBy("no.fellesgrunn.infra..")
            .layer("Planner").definedBy("no.fellesgrunn.planner..")
            .layer("Domain").definedBy("no.fellesgrunn.domain..")
            .whereLayer("Web").mayNotBeAccessedByAnyLayer()
            .whereLayer("Infra").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Planner").mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Web", "Infra", "Planner")
            .as("web → infra/planner → domain");
}
