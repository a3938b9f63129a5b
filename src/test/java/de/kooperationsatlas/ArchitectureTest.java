package de.kooperationsatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.repository.Repository;

/**
 * Package by feature, in layers: a feature's API (its package without {@code ui}) may use the APIs of
 * features in lower layers only; views ({@code ui} packages) are on top and may use every API.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    static final String ROOT = "de.kooperationsatlas";

    /**
     * The layers, lowest first. A feature's API may depend on its own layer's package and on every lower
     * layer, never on a higher one nor on a sibling in its own layer. A new feature package must be
     * placed here (the test says so), which is where its dependencies are decided.
     */
    static final List<Set<String>> LAYERS = List.of(
            Set.of("base"),
            Set.of("region"),
            Set.of("security"),
            Set.of("actor"),
            Set.of("network", "chain", "event"),
            Set.of("analysis"),
            Set.of("structure"),
            Set.of("graph", "map"),
            Set.of("exchange", "console", "overview", "about"));

    /**
     * Accepted exceptions, named: Spring Security's configuration names the login view as the page to
     * send anonymous users to, so it depends on a view.
     */
    static final Set<String> MAY_USE_VIEWS = Set.of(ROOT + ".security.SecurityConfiguration");

    /** Main classes only, whatever the build folder is called (ArchUnit's own option expects {@code target/}). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /** Every feature package is in exactly one layer, so the layered rule below covers all of them. */
    @ArchTest
    static void every_feature_has_a_layer(JavaClasses classes) {
        var known = LAYERS.stream().flatMap(Set::stream).collect(Collectors.toSet());
        var features = classes.getPackage(ROOT).getSubpackages().stream()
                .map(JavaPackage::getRelativeName)
                .collect(Collectors.toSet());
        var unplaced =
                features.stream().filter(f -> !known.contains(f)).sorted().toList();
        if (!unplaced.isEmpty()) {
            throw new AssertionError("Feature packages without a layer in ArchitectureTest.LAYERS: " + unplaced);
        }
    }

    /** A feature's API uses only its own package and lower layers: no cycles, no sideways steps. */
    @ArchTest
    static final ArchRule feature_apis_use_only_lower_layers = classes()
            .that(areFeatureApiClasses())
            .should(dependOnlyOnLowerLayers())
            .because("the layers are " + LAYERS + ", lowest first");

    /** Views are the top layer: they may use any feature's API, and nothing below uses a view. */
    @ArchTest
    static final ArchRule nothing_but_views_depends_on_views = noClasses()
            .that()
            .resideOutsideOfPackage(ROOT + "..ui..")
            .and(DescribedPredicate.describe(
                    "are not an accepted exception", (JavaClass c) -> !MAY_USE_VIEWS.contains(c.getName())))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ROOT + "..ui..");

    @ArchTest
    static final ArchRule views_of_features_are_free_of_cycles =
            slices().matching(ROOT + ".(*).ui..").should().beFreeOfCycles();

    /** The shared code, its UI helpers included, serves every feature and knows none of them. */
    @ArchTest
    static final ArchRule base_uses_no_feature = noClasses()
            .that()
            .resideInAPackage(ROOT + ".base..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "belong to a feature",
                    (JavaClass c) -> feature(c).filter(f -> !f.equals("base")).isPresent()));

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

    /** The feature a class of ours belongs to: the first package below the root. */
    static Optional<String> feature(JavaClass c) {
        var name = c.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        var rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    static boolean isView(JavaClass c) {
        return c.getPackageName().contains(".ui");
    }

    static int layerOf(String feature) {
        return IntStream.range(0, LAYERS.size())
                .filter(i -> LAYERS.get(i).contains(feature))
                .findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    private static DescribedPredicate<JavaClass> areFeatureApiClasses() {
        return DescribedPredicate.describe(
                "are in a feature's API (not a view)", c -> feature(c).isPresent() && !isView(c));
    }

    private static ArchCondition<JavaClass> dependOnlyOnLowerLayers() {
        return new ArchCondition<>("depend only on their own feature and lower layers") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = feature(origin).orElseThrow();
                int ownLayer = layerOf(own);
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    var target = dependency.getTargetClass();
                    var targetFeature = feature(target);
                    if (targetFeature.isEmpty() || targetFeature.get().equals(own) || isView(target)) {
                        return; // libraries, own feature; views are checked by the rule above
                    }
                    int targetLayer = layerOf(targetFeature.get());
                    if (targetLayer >= ownLayer) {
                        events.add(SimpleConditionEvent.violated(
                                dependency,
                                "%s (layer %d) uses %s (layer %d): %s"
                                        .formatted(
                                                own,
                                                ownLayer,
                                                targetFeature.get(),
                                                targetLayer,
                                                dependency.getDescription())));
                    }
                });
            }
        };
    }
}
