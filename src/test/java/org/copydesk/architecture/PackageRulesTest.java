package org.copydesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package table of docs/architecture.md (from the house plan): who may use whom, and
 * that only the UI and the preview renderer touch JavaFX and only the store speaks SQL.
 */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.copydesk");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyUiAndPreviewRendererUseJavaFx() {
        check(noClasses().that().resideOutsideOfPackages("org.copydesk.ui..", "org.copydesk.render.fx..", "org.copydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..", "atlantafx..")
                .because("the CLI, tests and a future server run headless"));
    }

    @Test
    void onlyStoreSpeaksSql() {
        check(noClasses().that().resideOutsideOfPackages("org.copydesk.store..", "org.copydesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.postgresql..")
                .because("SQL must stay portable between H2 and PostgreSQL, so it lives in one place"));
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        check(noClasses().that().resideInAPackage("org.copydesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.copydesk.fonts..", "org.copydesk.typeset..", "org.copydesk.render..",
                        "org.copydesk.preflight..", "org.copydesk.exchange..", "org.copydesk.store..",
                        "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.app..", "org.copydesk.sample..")
                .because("the model is the shared vocabulary and must stay free of any layer"));
    }

    @Test
    void fontsUseOnlyTheModel() {
        check(noClasses().that().resideInAPackage("org.copydesk.fonts..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.copydesk.typeset..", "org.copydesk.render..", "org.copydesk.preflight..",
                        "org.copydesk.exchange..", "org.copydesk.store..", "org.copydesk.ui..",
                        "org.copydesk.cli..", "org.copydesk.app..", "org.copydesk.sample..")
                .because("fonts are measured below the composer"));
    }

    @Test
    void typesetterUsesOnlyModelAndFonts() {
        check(noClasses().that().resideInAPackage("org.copydesk.typeset..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.copydesk.render..", "org.copydesk.preflight..", "org.copydesk.exchange..",
                        "org.copydesk.store..", "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.app..",
                        "org.copydesk.sample..", "org.apache.pdfbox..", "java.awt..")
                .because("one engine decides every line break and glyph position for preview and PDF alike"));
    }

    @Test
    void renderersDoNotReachIntoEachOtherOrTheStore() {
        check(noClasses().that().resideInAPackage("org.copydesk.render.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.render.fx..", "org.copydesk.store..",
                        "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.exchange..", "org.copydesk.preflight..")
                .because("the PDF renderer only draws a PageLayout"));
        check(noClasses().that().resideInAPackage("org.copydesk.render.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.render.pdf..", "org.copydesk.store..",
                        "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.exchange..", "org.copydesk.preflight..")
                .because("the preview only draws a PageLayout"));
    }

    @Test
    void preflightReadsModelLayoutAndFontsOnly() {
        check(noClasses().that().resideInAPackage("org.copydesk.preflight..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.render..", "org.copydesk.exchange..",
                        "org.copydesk.store..", "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.app..")
                .because("checks are pure functions of the model and its layout"));
    }

    @Test
    void exchangeAndSampleStayBelowStoreAndUi() {
        check(noClasses().that().resideInAnyPackage("org.copydesk.exchange..", "org.copydesk.sample..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.store..", "org.copydesk.ui..",
                        "org.copydesk.cli..", "org.copydesk.app..", "org.copydesk.render.fx..")
                .because("packages and the sample are built from model values; saving them is the caller's job"));
    }

    @Test
    void storeUsesOnlyTheModel() {
        check(noClasses().that().resideInAPackage("org.copydesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.fonts..", "org.copydesk.typeset..",
                        "org.copydesk.render..", "org.copydesk.preflight..", "org.copydesk.exchange..",
                        "org.copydesk.ui..", "org.copydesk.cli..", "org.copydesk.app..", "org.copydesk.sample..")
                .because("the store saves model values and knows nothing of layout or screens"));
    }

    @Test
    void cliNeverTouchesTheUi() {
        check(noClasses().that().resideInAPackage("org.copydesk.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.copydesk.ui..", "org.copydesk.render.fx..")
                .because("the CLI runs headless on servers and in CI"));
    }

    @Test
    void nothingButAppDependsOnApp() {
        check(noClasses().that().resideOutsideOfPackage("org.copydesk.app..")
                .should().dependOnClassesThat().resideInAPackage("org.copydesk.app..")
                .because("app only wires the others together"));
    }
}
