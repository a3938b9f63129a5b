package de.kooperationsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Package by feature, features free of cycles, views talking to services only. */
@AnalyzeClasses(packages = "de.kooperationsatlas", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Main classes only, whatever the build folder is called (ArchUnit's own option expects {@code target/}). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /** The features' APIs (services, records) depend on each other without cycles. */
    @ArchTest
    static final ArchRule feature_apis_are_free_of_cycles =
            slices().matching("de.kooperationsatlas.(*)").should().beFreeOfCycles();

    /** Views are the top layer: they may use any feature's API, and nothing below uses a view. */
    @ArchTest
    static final ArchRule nothing_but_views_depends_on_views = noClasses()
            .that()
            .resideOutsideOfPackage("de.kooperationsatlas..ui..")
            .and()
            .doNotHaveFullyQualifiedName("de.kooperationsatlas.security.SecurityConfiguration")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("de.kooperationsatlas..ui..");

    @ArchTest
    static final ArchRule views_of_features_are_free_of_cycles =
            slices().matching("de.kooperationsatlas.(*).ui..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_do_not_use_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule views_do_not_run_cypher = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j.core..");

    @ArchTest
    static final ArchRule base_depends_on_no_feature = noClasses()
            .that()
            .resideInAPackage("de.kooperationsatlas.base..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "de.kooperationsatlas.actor..",
                    "de.kooperationsatlas.region..",
                    "de.kooperationsatlas.security..",
                    "de.kooperationsatlas.network..",
                    "de.kooperationsatlas.chain..",
                    "de.kooperationsatlas.event..",
                    "de.kooperationsatlas.overview..");
}
