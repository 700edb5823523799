package org.copydesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.copydesk.desk.EditionCheck;
import org.copydesk.desk.EditionExport;
import org.copydesk.desk.EditionPlanning;
import org.copydesk.desk.FrameRules;
import org.copydesk.desk.Makeup;
import org.copydesk.desk.PageOperations;
import org.copydesk.desk.PageSplit;
import org.copydesk.desk.PaperSettingsService;
import org.copydesk.desk.PhotoImport;
import org.copydesk.desk.StoryOperations;
import org.copydesk.desk.StoryImport;
import org.copydesk.exchange.EditionPackageWriter;
import org.copydesk.exchange.StoryFileImporter;
import org.copydesk.preflight.Preflight;
import org.copydesk.render.pdf.PdfExporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each desk operation has one implementation, in {@code desk}, and both front ends reach it: the
 * window's classes and the CLI's commands call the same service method, and neither builds the
 * engine's import, preflight or export machinery itself.
 */
class FrontEndsShareTheDeskTest {

    /** The operations a user can do from both the window and the command line, and their one method. */
    private static final Map<String, Set<String>> OPERATIONS = Map.ofEntries(
            Map.entry("import stories", Set.of(StoryImport.class.getName() + ".importWithReport")),
            Map.entry("import photos", Set.of(PhotoImport.class.getName() + ".importFiles")),
            Map.entry("preflight", Set.of(EditionCheck.class.getName() + ".run")),
            Map.entry("the preflight gate of a print export", Set.of(EditionExport.class.getName() + ".gateCloses",
                    EditionExport.class.getName() + ".passGate")),
            Map.entry("export a target", Set.of(EditionExport.class.getName() + ".write")),
            Map.entry("check a frame against the grid and the other frames", Set.of(FrameRules.class.getName() + ".check",
                    Makeup.class.getName() + ".place")),
            Map.entry("create an edition", Set.of(EditionPlanning.class.getName() + ".create")),
            Map.entry("rename an edition", Set.of(EditionPlanning.class.getName() + ".rename")),
            Map.entry("redate an edition", Set.of(EditionPlanning.class.getName() + ".redate")),
            Map.entry("move a story to another edition", Set.of(StoryOperations.class.getName() + ".moveTo")),
            Map.entry("delete an edition", Set.of(EditionPlanning.class.getName() + ".delete")),
            Map.entry("add a page", Set.of(PageOperations.class.getName() + ".add")),
            Map.entry("move a page", Set.of(PageOperations.class.getName() + ".move")),
            Map.entry("name a page", Set.of(PageOperations.class.getName() + ".rename")),
            Map.entry("delete a page", Set.of(PageOperations.class.getName() + ".delete")),
            Map.entry("take frames off a page", Set.of(Makeup.class.getName() + ".unplace")),
            Map.entry("crop a photo to its frame", Set.of(FrameRules.class.getName() + ".cropped",
                    Makeup.class.getName() + ".crop")),
            Map.entry("spike a story", Set.of(StoryOperations.class.getName() + ".spike")),
            Map.entry("duplicate a story", Set.of(StoryOperations.class.getName() + ".duplicate")),
            Map.entry("place an ad slot with the advertiser's artwork", Set.of(Makeup.class.getName() + ".placeAd")),
            // The window's frame dialog makes the page value by FrameRules (an undoable page change);
            // copydesk place calls Makeup, which makes it by the same FrameRules methods.
            Map.entry("set a story frame's look (boxed, 竖题, 竖排)", Set.of(FrameRules.class.getName() + ".styled",
                    Makeup.class.getName() + ".placeStory")),
            Map.entry("place a banner and set its slogan", Set.of(FrameRules.class.getName() + ".bannerSet",
                    Makeup.class.getName() + ".placeBanner")),
            // The window's 导读 dialog makes the page value by FrameRules.indexSet (an undoable page change);
            // copydesk place --index calls Makeup.placeIndex, which makes it by the same method.
            Map.entry("place a 导读 box and set its title and lines", Set.of(FrameRules.class.getName() + ".indexSet",
                    Makeup.class.getName() + ".placeIndex")),
            Map.entry("read the paper's settings", Set.of(PaperSettingsService.class.getName() + ".load")),
            Map.entry("save the paper's settings", Set.of(PaperSettingsService.class.getName() + ".save")),
            Map.entry("split a page's text into stories", Set.of(PageSplit.class.getName() + ".readFile")),
            Map.entry("save the stories split from a page's text", Set.of(PageSplit.class.getName() + ".save")),
            Map.entry("read the Word style table", Set.of(org.copydesk.desk.WordStyleService.class.getName() + ".load")),
            Map.entry("break a colleague's check-out with a reason", Set.of(
                    org.copydesk.desk.CheckoutService.class.getName() + ".breakCheckout")),
            // The CLI converts the saved story (CopyInOperations, which asks the ScriptConverter); the
            // window asks the same ScriptConverter for the text in its editor, to make it an undoable edit.
            Map.entry("list a story's revisions with their authors", Set.of(
                    org.copydesk.desk.StoryRevisions.class.getName() + ".list")),
            Map.entry("compare two revisions character by character", Set.of(
                    org.copydesk.desk.StoryRevisions.class.getName() + ".compare",
                    org.copydesk.desk.StoryRevisions.class.getName() + ".diff")),
            Map.entry("read a story's notes, anchored to its text", Set.of(
                    org.copydesk.desk.EditorNotes.class.getName() + ".load")),
            Map.entry("add a note on a range of a story", Set.of(org.copydesk.desk.EditorNotes.class.getName() + ".add",
                    org.copydesk.desk.EditorNotes.class.getName() + ".addOnCharacters")),
            Map.entry("resolve or reopen a note", Set.of(org.copydesk.desk.EditorNotes.class.getName() + ".setResolved")),
            Map.entry("carry the notes in an edition package", Set.of(
                    org.copydesk.desk.EditorNotes.class.getName() + ".ofEdition")),
            Map.entry("convert a story between Simplified and Traditional", Set.of(
                    org.copydesk.desk.CopyInOperations.class.getName() + ".convert",
                    org.copydesk.copyin.ScriptConverter.class.getName() + ".convert")),
            Map.entry("move a story to another stage under the stage rules",
                    Set.of(org.copydesk.desk.Stages.class.getName() + ".moveStory")),
            Map.entry("move a page to another proof round", Set.of(org.copydesk.desk.Stages.class.getName() + ".moveProof")),
            Map.entry("list a story's stage moves", Set.of(org.copydesk.desk.Stages.class.getName() + ".storyHistory")),
            Map.entry("read the stage rules", Set.of(org.copydesk.desk.Stages.class.getName() + ".rules")),
            Map.entry("allow a stage move", Set.of(org.copydesk.desk.Stages.class.getName() + ".allow")),
            Map.entry("deny a stage move", Set.of(org.copydesk.desk.Stages.class.getName() + ".deny")),
            Map.entry("name the person at work", Set.of(org.copydesk.desk.People.class.getName() + ".identify")),
            Map.entry("sign a page off", Set.of(org.copydesk.desk.PageSignOffs.class.getName() + ".sign")),
            Map.entry("withdraw a page's sign-off", Set.of(org.copydesk.desk.PageSignOffs.class.getName() + ".withdraw")),
            Map.entry("each page's sign-off standing", Set.of(org.copydesk.desk.PageSignOffs.class.getName() + ".states")),
            Map.entry("the changed-after-sign-off PDF of a page",
                    Set.of(org.copydesk.desk.PageSignOffs.class.getName() + ".writeChangedPdf")));

    /**
     * Operations only the command line offers so far: each must have a CLI caller; when the window
     * calls it too, its entry moves to {@link #OPERATIONS}.
     */
    private static final Map<String, Set<String>> CLI_NOW_WINDOW_NEXT = Map.of(
            "restore a spiked story", Set.of(StoryOperations.class.getName() + ".restore"),
            "change a story's status", Set.of(StoryOperations.class.getName() + ".setStatus"));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = ProductionClasses.all();
    }

    @Test
    void theWindowAndTheCliReachTheSameServiceForEveryOperation() {
        for (var operation : OPERATIONS.entrySet()) {
            assertThat(callers(operation.getValue(), "org.copydesk.ui")).as("window classes that " + operation.getKey())
                    .isNotEmpty();
            assertThat(callers(operation.getValue(), "org.copydesk.cli")).as("CLI classes that " + operation.getKey())
                    .isNotEmpty();
        }
    }

    @Test
    void theCliReachesTheDeskForEveryOperationTheWindowOffersNext() {
        for (var operation : CLI_NOW_WINDOW_NEXT.entrySet()) {
            assertThat(callers(operation.getValue(), "org.copydesk.cli")).as("CLI classes that " + operation.getKey())
                    .isNotEmpty();
        }
    }

    /**
     * The window frames by {@link FrameRules#check} in its dialog; {@code copydesk place} calls
     * {@link Makeup#place}, which must check by the same rule rather than a copy of it.
     */
    @Test
    void makeUpByNumbersChecksFramesByTheWindowsRule() {
        assertThat(callers(Set.of(FrameRules.class.getName() + ".check"), "org.copydesk.ui")).isNotEmpty();
        assertThat(classes.get(Makeup.class).getMethodCallsFromSelf()).map(FrontEndsShareTheDeskTest::fullName)
                .contains(FrameRules.class.getName() + ".check", FrameRules.class.getName() + ".placed");
    }

    @Test
    void onlyTheDeskBuildsImportPreflightAndExportMachinery() {
        noClasses().that().resideInAnyPackage("org.copydesk.ui..", "org.copydesk.cli..")
                .should().callConstructor(Preflight.class, org.copydesk.typeset.PageComposer.class,
                        org.copydesk.preflight.PreflightRules.class, java.util.Locale.class)
                .orShould().callConstructor(Preflight.class, org.copydesk.typeset.PageComposer.class, java.util.Locale.class)
                .orShould().callConstructor(PdfExporter.class, org.copydesk.typeset.PageComposer.class)
                .orShould().callConstructor(EditionPackageWriter.class, org.copydesk.typeset.PageComposer.class)
                .orShould().callMethod(StoryFileImporter.class, "read", java.nio.file.Path.class, String.class)
                .because("an operation both front ends offer is one desk service, not two copies")
                .check(classes);
    }

    private static Set<String> callers(Set<String> methods, String frontEnd) {
        return classes.stream()
                .filter(c -> c.getPackageName().equals(frontEnd))
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> methods.contains(fullName(call)))
                .map(call -> call.getOriginOwner().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String fullName(JavaMethodCall call) {
        return call.getTargetOwner().getName() + "." + call.getName();
    }
}
