package org.servelab;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of the architecture, each named as what is forbidden. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.servelab");
    }

    @Test
    void noJavaFxOutsideTheUi() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.servelab.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the simulation, the command line and the experiments must run and be tested without a "
                        + "display; only the ui packages may use JavaFX");
        rule.check(classes);
    }

    @Test
    void noJavaFxGraphicsInTheUiModel() {
        ArchRule rule = noClasses().that().resideInAPackage("org.servelab.ui.model..")
                .should().dependOnClassesThat(resideInAPackage("javafx..")
                        .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
                .because("the observable model bridges the engine and the views with javafx.base only, "
                        + "so that it is tested without a toolkit and never touches a node");
        rule.check(classes);
    }

    @Test
    void noUiInTheUiModel() {
        ArchRule rule = noClasses().that().resideInAPackage("org.servelab.ui.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.servelab.ui.shell..", "org.servelab.ui.queue..",
                        "org.servelab.ui.gantt..", "org.servelab.ui.histogram..", "org.servelab.ui.export..",
                        "org.servelab.ui.compare..", "org.servelab.ui.stats..", "org.servelab.ui.tokens..",
                        "org.servelab.ui.playback..", "org.servelab.ui.parameters..", "org.servelab.ui.files..",
                        "org.servelab.ui.timeline..", "org.servelab.ui.experiments..", "org.servelab.ui.plot..")
                .because("views depend on the model, never the other way round");
        rule.check(classes);
    }
}
