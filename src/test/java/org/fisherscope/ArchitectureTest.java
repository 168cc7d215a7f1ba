package org.fisherscope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DESIGN.md: who may import whom, and where JavaFX and AWT may appear. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fisherscope");
    }

    @Test
    void nothingBelowTheAppImportsJavaFx() {
        noClasses().that().resideInAnyPackage("org.fisherscope.geometry..", "org.fisherscope.io..",
                        "org.fisherscope.fourier..", "org.fisherscope.diffusion..", "org.fisherscope.ising..", "org.fisherscope.landuse..",
                        "org.fisherscope.figure..", "org.fisherscope.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.fx..", "org.jfree.chart.fx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void engineAndDomainsNeverTouchAwtOrImageIo() {
        noClasses().that().resideInAnyPackage("org.fisherscope.geometry..", "org.fisherscope.fourier..",
                        "org.fisherscope.diffusion..", "org.fisherscope.ising..", "org.fisherscope.landuse..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..",
                        "org.jfree..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void layersImportOnlyLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("geometry").definedBy("org.fisherscope.geometry..")
                .layer("io").definedBy("org.fisherscope.io..")
                .layer("fourier").definedBy("org.fisherscope.fourier..")
                .layer("domains").definedBy("org.fisherscope.diffusion..", "org.fisherscope.ising..",
                        "org.fisherscope.landuse..")
                .layer("figure").definedBy("org.fisherscope.figure..")
                .layer("cli").definedBy("org.fisherscope.cli..")
                .layer("app").definedBy("org.fisherscope.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("figure").mayOnlyBeAccessedByLayers("cli", "app")
                .whereLayer("domains").mayOnlyBeAccessedByLayers("figure", "cli", "app")
                .whereLayer("io").mayOnlyBeAccessedByLayers("domains", "figure", "cli", "app")
                .whereLayer("fourier").mayOnlyBeAccessedByLayers("domains", "figure", "cli", "app")
                .check(classes);
    }
}
