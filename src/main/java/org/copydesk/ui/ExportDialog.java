package org.copydesk.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.copydesk.model.Edition;
import org.copydesk.render.pdf.PdfProfile;

/**
 * Asks for the export profile (print, with bleed and crop marks; or archive, PDF/A) and the file.
 * Choosing the other profile renames a suggested file name accordingly, never one the user typed.
 */
final class ExportDialog {
    private final Dialog<ExportChoice> dialog = new Dialog<>();
    private final RadioButton print;
    private final RadioButton archive;
    private final TextField file = new TextField();

    ExportDialog(UiText text, Window owner, Edition edition, Path folder) {
        Objects.requireNonNull(text);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("export.title"));
        dialog.setHeaderText(null);
        var profiles = new ToggleGroup();
        print = new RadioButton(text.get("export.profile.print"));
        print.setId("export-print");
        print.setToggleGroup(profiles);
        archive = new RadioButton(text.get("export.profile.archive"));
        archive.setId("export-archive");
        archive.setToggleGroup(profiles);
        print.setSelected(true);
        file.setId("export-file");
        file.setPrefColumnCount(36);
        file.setText(folder.resolve(ExportChoice.suggestedFileName(edition, PdfProfile.PRINT)).toString());
        profiles.selectedToggleProperty().addListener((obs, old, now) -> {
            Path typed = Path.of(file.getText().strip());
            PdfProfile before = now == print ? PdfProfile.ARCHIVE : PdfProfile.PRINT;
            if (typed.getFileName() != null
                    && typed.getFileName().toString().equals(ExportChoice.suggestedFileName(edition, before))) {
                file.setText(typed.resolveSibling(ExportChoice.suggestedFileName(edition, profile())).toString());
            }
        });
        var browse = new Button(text.get("export.browse"));
        browse.setOnAction(e -> {
            var chooser = new FileChooser();
            chooser.setTitle(text.get("export.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            Path current = Path.of(file.getText().strip()).toAbsolutePath();
            if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParent().toFile());
            }
            chooser.setInitialFileName(String.valueOf(current.getFileName()));
            File picked = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (picked != null) {
                file.setText(picked.getPath());
            }
        });
        HBox.setHgrow(file, Priority.ALWAYS);
        browse.setMinWidth(Region.USE_PREF_SIZE);
        var labels = new ColumnConstraints();
        // Labels keep their width; the file field takes what is left.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        var grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        var grid = new GridPane();
        grid.getColumnConstraints().addAll(labels, grow);
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(text.get("export.profile")), new VBox(6, print, archive));
        grid.addRow(1, new Label(text.get("export.file")), new HBox(6, file, browse));
        grid.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(grid);
        var export = new ButtonType(text.get("export.start"), ButtonBar.ButtonData.OK_DONE);
        var cancel = new ButtonType(text.get("task.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(export, cancel);
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == export && !file.getText().isBlank()
                ? new ExportChoice(profile(), Path.of(file.getText().strip())) : null);
    }

    private PdfProfile profile() {
        return archive.isSelected() ? PdfProfile.ARCHIVE : PdfProfile.PRINT;
    }

    Optional<ExportChoice> ask() {
        return dialog.showAndWait();
    }
}
