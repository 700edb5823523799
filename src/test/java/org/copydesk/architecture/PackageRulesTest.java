package org.copydesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the package table of the house plan (and docs/architecture-notes.md) as allow-lists: each
 * package names the packages of ours it may use, a package without a row fails the build, no rule
 * passes vacuously, and no two packages use each other in a circle. Only the UI and the preview
 * renderer touch JavaFX and only the store speaks SQL.
 */
class PackageRulesTest {
    private static final String BASE = "org.copydesk.";

    /** Each package of ours and the packages of ours it may use (besides itself). */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("i18n", List.of()),
            Map.entry("copyin", List.of("model")),
            Map.entry("fonts", List.of("model", "i18n")),
            Map.entry("typeset", List.of("model", "fonts")),
            Map.entry("render.pdf", List.of("model", "fonts", "typeset", "i18n")),
            Map.entry("render.fx", List.of("model", "fonts", "typeset")),
            Map.entry("preflight", List.of("model", "fonts", "typeset", "i18n", "copyin")),
            Map.entry("exchange", List.of("model", "fonts", "typeset", "render.pdf", "i18n")),
            Map.entry("store", List.of("model", "i18n")),
            Map.entry("search", List.of("model", "store", "i18n")),
            Map.entry("sample", List.of("model", "exchange")),
            Map.entry("desk", List.of("model", "fonts", "typeset", "render.pdf", "preflight", "exchange", "store",
                    "i18n", "copyin", "search")),
            Map.entry("ui", List.of("model", "fonts", "typeset", "render.pdf", "render.fx", "preflight",
                    "exchange", "store", "sample", "desk", "i18n", "copyin", "search")),
            Map.entry("cli", List.of("model", "fonts", "typeset", "render.pdf", "preflight", "exchange", "store",
                    "sample", "desk", "i18n", "copyin", "search")),
            Map.entry("app", List.of("model", "fonts", "typeset", "render.pdf", "render.fx", "preflight",
                    "exchange", "store", "sample", "desk", "i18n", "ui", "cli", "copyin", "search")));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.all();
    }

    @Test
    void everyPackageHasARowInTheTable() {
        Set<String> packages = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(BASE))
                .map(name -> name.substring(BASE.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).as("packages of ours; a new one needs a row in MAY_USE and in the plan")
                .isSubsetOf(MAY_USE.keySet());
        assertThat(packages).as("every row names a package that exists").containsAll(MAY_USE.keySet());
    }

    @Test
    void eachPackageUsesOnlyWhatItsRowAllows() {
        for (var row : MAY_USE.entrySet()) {
            String[] allowed = Stream.concat(Stream.of(row.getKey()), row.getValue().stream())
                    .map(name -> BASE + name).toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + row.getKey())
                    .should().dependOnClassesThat(resideInAPackage("org.copydesk..").and(not(resideInAnyPackage(allowed))))
                    .because(row.getKey() + " may use only " + row.getValue())
                    .check(classes);
        }
    }

    @Test
    void noPackagesUseEachOtherInACircle() {
        slices().matching("org.copydesk.(**)").should().beFreeOfCycles().check(classes);
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
    void typesetterDrawsNothing() {
        check(noClasses().that().resideInAPackage("org.copydesk.typeset..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "java.awt..")
                .because("one engine decides every line break and glyph position for preview and PDF alike"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
