package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.copydesk.desk.PhotoFiles;
import org.copydesk.model.Photo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File > Import photos… in the window: the good photos come in with their IPTC caption and show in
 * the navigator at once, and the summary names the refused file; the rest of the edition is untouched.
 */
@ExtendWith(ApplicationExtension.class)
class PhotoImportFromWindowTest {
    @TempDir
    Path dataDir;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = TestWindow.open(stage, dataDir, FixtureEdition.content());
    }

    @AfterEach
    void closeDatabase() {
        test.close();
    }

    @Test
    void goodPhotosComeInCaptionedAndTheSummaryNamesTheRefusedFile(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("card"));
        byte[] iptc = new PhotoFiles.Iim(Charset.forName("GBK"), false)
                .text(120, "志愿者在社区服务站为老人测量血压。").text(80, "本报记者 王芳 摄").app13();
        Files.write(folder.resolve("a-service.jpg"), PhotoFiles.withSegment(PhotoFiles.jpeg(64, 48), 0xED, iptc));
        Files.write(folder.resolve("b-broken.jpg"), "not a photo".getBytes(StandardCharsets.US_ASCII));
        int before = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().photos().size();

        robot.interact(() -> test.window.actions().photos().importPaths(List.of(folder)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("导入图片 1 张，重复 0 张，拒绝 1 张");
        assertThat(dialog.getContentText()).contains("b-broken.jpg");
        robot.interact(() -> dialog.getScene().getWindow().hide());

        List<Photo> stored = test.repository.loadEdition(FixtureEdition.EDITION).orElseThrow().photos();
        assertThat(stored).hasSize(before + 1);
        Photo imported = stored.get(stored.size() - 1);
        assertThat(imported.caption().text()).isEqualTo("志愿者在社区服务站为老人测量血压。");
        assertThat(imported.caption().photographer()).isEqualTo("王芳");
        assertThat(test.window.workspace().content().orElseThrow().photo(imported.id())).isPresent();
        @SuppressWarnings("unchecked")
        TreeView<NavItem> tree = (TreeView<NavItem>) robot.lookup(".tree-view").query();
        assertThat(labels(tree.getRoot(), test.window.navigator())).anyMatch(l -> l.startsWith("图：志愿者在社区服务站"));
    }

    private static List<String> labels(TreeItem<NavItem> item, EditionNavigator navigator) {
        var all = new java.util.ArrayList<String>();
        all.add(navigator.label(item.getValue()));
        item.getChildren().forEach(child -> all.addAll(labels(child, navigator)));
        return all;
    }
}
