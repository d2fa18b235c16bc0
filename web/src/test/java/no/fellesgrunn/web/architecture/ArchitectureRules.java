package no.fellesgrunn.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.lang.ArchRule;

/** The module rules of Fellesgrunn, kept in one place so tests can apply them to any classes. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** The domain is plain Java: the heart of the system must not know its frameworks. */
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that()
            .resideInAPackage("no.fellesgrunn.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "org.postgresql..",
                    "org.flywaydb..",
                    "org.optaplanner..",
                    "com.vaadin..",
                    "jakarta.persistence..",
                    "jakarta.servlet..")
            .as("domain depends on no framework (Spring, JDBC/SQL, OptaPlanner, Vaadin)");

    /**
     * Views and their components (everything that is a Vaadin component) reach data through the
     * web layer's services, which hold the transactions and the access checks: no repository port and
     * no infra adapter. Two exceptions: reference data (municipalities, counties, themes: read-only and
     * cached) may be read directly, and the values an adapter returns may be shown: its nested records
     * (such as {@code JdbcExportLog.Entry}) and the spreadsheet package's reports, errors and formats.
     */
    static final ArchRule VIEWS_GO_THROUGH_SERVICES = noClasses()
            .that()
            .areAssignableTo(com.vaadin.flow.component.Component.class)
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "are repository ports or infra adapters (reference data and read-model records excepted)",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> !c.isNestedClass()
                            && (c.getSimpleName().endsWith("Repository")
                                    || c.getPackageName().startsWith("no.fellesgrunn.infra"))
                            && !c.getSimpleName().equals("ReferenceDataRepository")
                            && !c.getPackageName().startsWith("no.fellesgrunn.infra.spreadsheet")))
            .as("views reach data through services");

    /** Dependencies point one way: web → infra/planner → domain. */
    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Web")
            .definedBy("no.fellesgrunn.web..")
            .layer("Infra")
            .definedBy("no.fellesgrunn.infra..")
            .layer("Planner")
            .definedBy("no.fellesgrunn.planner..")
            .layer("Domain")
            .definedBy("no.fellesgrunn.domain..")
            .whereLayer("Web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Infra")
            .mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Planner")
            .mayOnlyBeAccessedByLayers("Web")
            .whereLayer("Domain")
            .mayOnlyBeAccessedByLayers("Web", "Infra", "Planner")
            .as("web → infra/planner → domain");

    /**
     * No user-facing sentence below web: domain, infra and the planner emit message codes with
     * arguments, so they have no use for message bundles or message formatting. The planner's command
     * line ({@code planner.cli}) is a user interface of its own and may.
     */
    static final ArchRule NO_USER_TEXT_BELOW_WEB = noClasses()
            .that()
            .resideInAnyPackage("no.fellesgrunn.domain..", "no.fellesgrunn.infra..", "no.fellesgrunn.planner..")
            .and()
            .resideOutsideOfPackage("no.fellesgrunn.planner.cli..")
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(
                    java.util.ResourceBundle.class,
                    java.text.MessageFormat.class,
                    java.text.ChoiceFormat.class,
                    com.ibm.icu.text.MessageFormat.class,
                    com.ibm.icu.text.ListFormatter.class)
            .as("domain, infra and planner (outside its command line) make no sentences for people: they emit codes");

    /**
     * A refusal below web names a {@link no.fellesgrunn.domain.common.DomainError}: only the web
     * layer's own refusals use DomainException's constructor with a free code.
     */
    static final ArchRule REFUSALS_CARRY_DOMAIN_CODES = noClasses()
            .that()
            .resideOutsideOfPackage("no.fellesgrunn.web..")
            .should()
            .callConstructor(
                    no.fellesgrunn.domain.common.DomainException.class, String.class, String.class, Object[].class)
            .as("below web, every DomainException is made with a DomainError code");
}
