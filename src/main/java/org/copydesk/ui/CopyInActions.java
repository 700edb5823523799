package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.copydesk.copyin.PunctuationChange;
import org.copydesk.copyin.Script;
import org.copydesk.copyin.ScriptConversion;
import org.copydesk.copyin.StoryCopyIn;
import org.copydesk.copyin.StoryCopyIn.PlacedDecision;
import org.copydesk.copyin.StoryPlace;
import org.copydesk.copyin.TextEdit;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Edit &gt; Fix punctuation (Ctrl+Shift+U) and Story &gt; Convert to Simplified / Traditional on the
 * story in the editor. They work on the text as it is in the editor (typing not yet saved
 * included), show what they would change, and make the body's changes as one undoable step; the
 * autosave then saves the story like any edit.
 */
final class CopyInActions {
    private static final List<StoryPlace.Field> FIELDS = List.of(StoryPlace.Field.KICKER, StoryPlace.Field.HEADLINE,
            StoryPlace.Field.SUBTITLE, StoryPlace.Field.BYLINE);

    private final StoryCopyIn tools;
    private final ArticleEditorPane pane;
    private final UiText text;
    private final Window owner;
    private final Consumer<String> tell;
    private final Runnable importFixingPunctuation;

    CopyInActions(StoryCopyIn tools, ArticleEditorPane pane, UiText text, Window owner, Consumer<String> tell,
                  Runnable importFixingPunctuation) {
        this.tools = Objects.requireNonNull(tools);
        this.pane = Objects.requireNonNull(pane);
        this.text = Objects.requireNonNull(text);
        this.owner = owner;
        this.tell = Objects.requireNonNull(tell);
        this.importFixingPunctuation = Objects.requireNonNull(importFixingPunctuation);
    }

    /** File > Import and fix punctuation…: story files in, their ASCII punctuation made Chinese. */
    void importFixingPunctuation() {
        importFixingPunctuation.run();
    }

    /** Proposes the punctuation changes of the body, lets the editor untick some, makes the rest. */
    void fixPunctuation() {
        if (pane.model().isEmpty()) {
            return;
        }
        List<PunctuationDialog.Proposal> proposals = punctuationProposals();
        if (proposals.isEmpty()) {
            tell.accept(text.get("punctuation.none"));
            return;
        }
        PunctuationDialog.ask(owner, text, proposals).ifPresent(chosen -> {
            apply(chosen);
            tell.accept(text.format("punctuation.done", chosen.size()));
        });
    }

    /** The changes the fixer proposes, paragraph by paragraph of the body area. */
    List<PunctuationDialog.Proposal> punctuationProposals() {
        StyleClassedTextArea body = pane.bodyArea();
        var proposals = new ArrayList<PunctuationDialog.Proposal>();
        for (int i = 0; i < body.getParagraphs().size(); i++) {
            for (PunctuationChange change : tools.fixer().propose(body.getParagraph(i).getText())) {
                proposals.add(new PunctuationDialog.Proposal(i, change));
            }
        }
        return proposals;
    }

    /** Makes the chosen changes in one undoable step. */
    void apply(List<PunctuationDialog.Proposal> chosen) {
        BodyEdits.apply(pane.bodyArea(), chosen.stream()
                .map(p -> new BodyEdits.InParagraph(p.paragraph(), p.change().edit())).toList());
        pane.bodyArea().requestFocus();
    }

    /**
     * Converts the story in the editor into {@code to} after showing every ambiguous character's
     * choice: the body in one undoable step, each headline field by its own undo.
     */
    void convert(Script to) {
        if (pane.model().isEmpty()) {
            return;
        }
        Conversion conversion = conversion(to);
        if (conversion.changed() == 0) {
            tell.accept(text.get(to == Script.SIMPLIFIED ? "convert.alreadySimplified" : "convert.alreadyTraditional"));
            return;
        }
        if (ConversionDialog.ask(owner, text, to, conversion.changed(), conversion.decisions())) {
            apply(conversion);
            tell.accept(text.format("convert.done", conversion.changed(), conversion.decisions().size()));
        }
    }

    /** What converting the editor's text would do. */
    record Conversion(List<String> fields, List<BodyEdits.InParagraph> body, List<PlacedDecision> decisions,
                      int changed) {
    }

    Conversion conversion(Script to) {
        var decisions = new ArrayList<PlacedDecision>();
        var fields = new ArrayList<String>();
        int changed = 0;
        List<TextField> boxes = pane.fields();
        for (int f = 0; f < boxes.size(); f++) {
            ScriptConversion c = tools.converter().convert(boxes.get(f).getText(), to);
            fields.add(c.text());
            changed += characters(c.edits());
            StoryPlace place = new StoryPlace(FIELDS.get(f), 0);
            c.decisions().forEach(d -> decisions.add(new PlacedDecision(place, d)));
        }
        var body = new ArrayList<BodyEdits.InParagraph>();
        StyleClassedTextArea area = pane.bodyArea();
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            ScriptConversion c = tools.converter().convert(area.getParagraph(i).getText(), to);
            int paragraph = i;
            c.edits().forEach(e -> body.add(new BodyEdits.InParagraph(paragraph, e)));
            changed += characters(c.edits());
            StoryPlace place = new StoryPlace(StoryPlace.Field.BODY, i + 1);
            c.decisions().forEach(d -> decisions.add(new PlacedDecision(place, d)));
        }
        return new Conversion(fields, body, decisions, changed);
    }

    void apply(Conversion conversion) {
        List<TextField> boxes = pane.fields();
        for (int f = 0; f < boxes.size(); f++) {
            TextField box = boxes.get(f);
            if (!box.getText().equals(conversion.fields().get(f))) {
                box.replaceText(0, box.getLength(), conversion.fields().get(f));
            }
        }
        BodyEdits.apply(pane.bodyArea(), conversion.body());
        pane.bodyArea().requestFocus();
    }

    private static int characters(List<TextEdit> edits) {
        return edits.stream().mapToInt(e -> e.from().codePointCount(0, e.from().length())).sum();
    }
}
