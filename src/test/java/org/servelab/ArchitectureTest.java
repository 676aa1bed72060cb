package org.servelab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, top to bottom; each layer may use only the layers below it. A layer is a
 * set of top-level packages under {@code org.servelab} (with everything inside them), except that
 * {@code ui.model} is a layer of its own below the rest of {@code ui}. Every top-level package must be in a
 * layer ({@link #everyPackageIsInALayer}), so a new package cannot escape the rules; any new {@code ui.*}
 * package belongs to the {@code ui} layer.
 */
class ArchitectureTest {

    static final String ROOT = "org.servelab";
    static final String UI = ROOT + ".ui";
    static final String UI_MODEL = UI + ".model";

    /** Layer name to the top-level packages in it (the name of the root package is "" ). */
    static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("root", List.of(""));
        LAYERS.put("ui", List.of("ui"));
        LAYERS.put("ui.model", List.of());
        LAYERS.put("cli", List.of("cli"));
        LAYERS.put("experiment and seqsched", List.of("experiment", "seqsched"));
        LAYERS.put("engine", List.of("engine"));
        LAYERS.put("policy", List.of("policy"));
        LAYERS.put("metrics", List.of("metrics"));
        LAYERS.put("workload", List.of("workload"));
        LAYERS.put("cost", List.of("cost"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The top-level package of a class: {@code engine} for {@code org.servelab.engine.event.Tick}, "" for the root. */
    static String topLevel(JavaClass c) {
        String p = c.getPackageName();
        if (p.equals(ROOT)) {
            return "";
        }
        String rest = p.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    static DescribedPredicate<JavaClass> inLayer(String layer) {
        if (layer.equals("ui.model")) {
            return resideInAPackage(UI_MODEL + "..");
        }
        List<String> packages = LAYERS.get(layer);
        DescribedPredicate<JavaClass> in = DescribedPredicate.describe("in " + packages,
                c -> c.getPackageName().startsWith(ROOT) && packages.contains(topLevel(c)));
        return layer.equals("ui") ? in.and(not(resideInAPackage(UI_MODEL + ".."))) : in;
    }

    @Test
    void everyPackageIsInALayer() {
        TreeSet<String> unassigned = new TreeSet<>();
        List<String> assigned = new ArrayList<>();
        LAYERS.values().forEach(assigned::addAll);
        for (JavaClass c : classes) {
            if (c.getPackageName().startsWith(ROOT) && !assigned.contains(topLevel(c))) {
                unassigned.add(ROOT + "." + topLevel(c));
            }
        }
        assertThat(unassigned).as("packages in no layer of ArchitectureTest.LAYERS (and docs/architecture.md)")
                .isEmpty();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(UI_MODEL)).count())
                .as("the ui.model layer has classes").isPositive();
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        List<String> names = new ArrayList<>(LAYERS.keySet());
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : names) {
            layers = layers.layer(name).definedBy(inLayer(name));
        }
        for (int i = 0; i < names.size(); i++) {
            List<String> above = names.subList(0, i);
            if (above.isEmpty()) {
                layers = layers.whereLayer(names.get(i)).mayNotBeAccessedByAnyLayer();
            } else {
                layers = layers.whereLayer(names.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        layers.because("docs/architecture.md: arrows point down, nothing points up").check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles()
                .because("a cycle between two packages makes them one layer in disguise").check(classes);
    }

    @Test
    void theCommandLineReachesTheWindowOnlyThroughItsOwnInterface() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(UI + "..")
                .because("cli draws PNG files through cli.Renderers, which ui implements and ServiceLoader finds");
        rule.check(classes);
    }

    @Test
    void noJavaFxOutsideTheUi() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(UI + "..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the simulation, the command line and the experiments must run and be tested without a "
                        + "display; only the ui packages may use JavaFX");
        rule.check(classes);
    }

    @Test
    void noJavaFxGraphicsInTheUiModel() {
        ArchRule rule = noClasses().that().resideInAPackage(UI_MODEL + "..")
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .because("the observable model bridges the engine and the views with javafx.base only, "
                        + "so that it is tested without a toolkit and never touches a node");
        rule.check(classes);
    }

    @Test
    void noOtherUiPackageInTheUiModel() {
        ArchRule rule = noClasses().that().resideInAPackage(UI_MODEL + "..")
                .should().dependOnClassesThat(resideInAPackage(UI + "..").and(not(resideInAPackage(UI_MODEL + ".."))))
                .because("views depend on the model, never the other way round");
        rule.check(classes);
    }

    @Test
    void everyPackageInfoImportsLineMatchesTheCompiledDependencies() throws java.io.IOException {
        assertThat(PackageImportsDoc.problems(PackageImportsDoc.dependencies(classes))).isEmpty();
    }

    @Test
    void theImportsLineCheckSeesNamesAndSubpackages() {
        assertThat(PackageImportsDoc.covers("org.servelab.workload..", "org.servelab.workload.io")).isTrue();
        assertThat(PackageImportsDoc.covers("org.servelab.workload", "org.servelab.workload.io")).isFalse();
        assertThat(PackageImportsDoc.covers("org.servelab.workload.io", "org.servelab.workload")).isFalse();
        assertThat(PackageImportsDoc.names("Imports {@code org.servelab.ui.model.FrameClock}, {@link org.servelab.cost}."))
                .containsExactly("org.servelab.ui.model", "org.servelab.cost");
        assertThat(PackageImportsDoc.dependencies(classes).get("org.servelab.engine")).contains("org.servelab.policy");
    }
}
