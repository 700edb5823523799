package org.copydesk.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.copydesk.model.BrokenCheckout;
import org.copydesk.model.Checkout;

/**
 * The bar above the story editor that says why the story is read-only: a colleague has it checked
 * out (with Break lock…), or broke this window's check-out (with Save my text as a new revision).
 * Hidden while the story is this window's to edit.
 */
final class CheckoutBanner {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiText text;
    private final ZoneId zone;
    private final Label message = new Label();
    private final Button breakLock = new Button();
    private final Button saveMine = new Button();
    private final HBox root;

    CheckoutBanner(UiText text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
        breakLock.setText(text.get("checkout.break"));
        breakLock.setId("checkout-break");
        saveMine.setText(text.get("checkout.saveMine"));
        saveMine.setId("checkout-save-mine");
        message.setId("checkout-message");
        // The buttons keep their words; the message wraps in what is left.
        breakLock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveMine.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        root = new HBox(8, message, breakLock, saveMine);
        root.getStyleClass().add("checkout-banner");
        root.setPadding(new Insets(6));
        hide();
    }

    Node node() {
        return root;
    }

    void onBreak(Runnable action) {
        breakLock.setOnAction(e -> action.run());
    }

    void onSaveMine(Runnable action) {
        saveMine.setOnAction(e -> action.run());
    }

    /** The story is this window's: no bar. */
    void hide() {
        show(false, "", false, false);
    }

    /** A colleague has it: who, on which machine, since when; with Break lock…. */
    void heldBy(Checkout other, boolean stale) {
        Checkout.Holder h = other.holder();
        show(true, text.format(stale ? "checkout.heldStale" : "checkout.held", h.name(), h.host(), time(other.since()),
                time(other.heartbeat())), true, false);
    }

    /** This window's check-out was broken: who, when and why; with Save my text as a new revision. */
    void brokenBy(BrokenCheckout broken, boolean unsavedText) {
        String why = broken.takeover() ? text.get("checkout.takeoverReason") : broken.reason();
        show(true, text.format("checkout.broken", broken.brokenBy(), broken.brokenOnHost(), time(broken.brokenAt()), why),
                false, unsavedText);
    }

    /** The check-out could not be taken or renewed (the store failed): the story stays editable. */
    void failed(String reason) {
        show(true, text.format("checkout.failed", reason), false, false);
    }

    /** Something to say about the story's check-out, with no action. */
    void note(String said) {
        show(true, said, false, false);
    }

    String message() {
        return message.getText();
    }

    boolean isShowing() {
        return root.isVisible();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    private void show(boolean visible, String said, boolean canBreak, boolean canSave) {
        message.setText(said);
        breakLock.setVisible(canBreak);
        breakLock.setManaged(canBreak);
        saveMine.setVisible(canSave);
        saveMine.setManaged(canSave);
        root.setVisible(visible);
        root.setManaged(visible);
    }
}
