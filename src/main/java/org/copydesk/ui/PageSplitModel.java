package org.copydesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.exchange.ProposedLine;
import org.copydesk.exchange.ProposedStory;
import org.copydesk.exchange.SplitArticles;
import org.copydesk.exchange.SplitLabel;
import org.copydesk.exchange.SplitProposal;

/**
 * The split dialog without controls: the proposal's lines in source order, each with its label and
 * story, and the editor's corrections as operations on a line: move it to the previous or next
 * story, start a new story at it, label it. Stories stay numbered 1..N in reading order after every
 * change, so "previous" and "next" always mean the neighbours on screen.
 */
final class PageSplitModel {

    /**
     * One line as the list shows it.
     *
     * @param index      its place in the list
     * @param story      the story's number from 1
     * @param startsStory whether it is the first line of its story in the list
     */
    record Row(int index, int story, boolean startsStory, ProposedLine line) {
    }

    private final String sourceName;
    private final List<ProposedLine> lines;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    PageSplitModel(SplitProposal proposal) {
        this.sourceName = proposal.sourceName();
        this.lines = new ArrayList<>(proposal.lines());
        renumber();
    }

    /** The rows for the list; replaced after every change. */
    ObservableList<Row> rows() {
        return rows;
    }

    /** The proposal as the editor has corrected it so far. */
    SplitProposal proposal() {
        return new SplitProposal(sourceName, lines);
    }

    int storyCount() {
        return proposal().stories().size();
    }

    int furnitureCount() {
        return (int) lines.stream().filter(l -> l.label() == SplitLabel.FURNITURE).count();
    }

    /** Why the stories cannot be saved yet (a story without headline or text), one line each. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ProposedStory story : proposal().stories()) {
            SplitArticles.problem(story, sourceName).ifPresent(problems::add);
        }
        return problems;
    }

    /** Puts line {@code index} into the story before its own; the first story's lines stay. */
    void moveToPreviousStory(int index) {
        ProposedLine line = lines.get(index);
        if (line.story() > 0) {
            lines.set(index, line.withStory(line.story() - 1));
            renumber();
        }
    }

    /** Puts line {@code index} into the story after its own, a new last story if there is none. */
    void moveToNextStory(int index) {
        ProposedLine line = lines.get(index);
        lines.set(index, line.withStory(line.story() + 1));
        renumber();
    }

    /** Line {@code index} and the lines of its story after it become a new story following it. */
    void startStoryAt(int index) {
        int story = lines.get(index).story();
        for (int i = 0; i < lines.size(); i++) {
            ProposedLine line = lines.get(i);
            if (line.story() > story || line.story() == story && i >= index) {
                lines.set(i, line.withStory(line.story() + 1));
            }
        }
        renumber();
    }

    void relabel(int index, SplitLabel label) {
        lines.set(index, lines.get(index).withLabel(Objects.requireNonNull(label)));
        renumber();
    }

    /** The row at {@code index}, if there is one. */
    Optional<Row> row(int index) {
        return index >= 0 && index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }

    /** Story numbers without gaps, in reading order; then the rows again. */
    private void renumber() {
        TreeSet<Integer> used = new TreeSet<>();
        lines.forEach(l -> used.add(l.story()));
        java.util.Map<Integer, Integer> order = new java.util.HashMap<>();
        used.forEach(story -> order.put(story, order.size()));
        List<Row> next = new ArrayList<>();
        int previousStory = -1;
        for (int i = 0; i < lines.size(); i++) {
            ProposedLine line = lines.get(i);
            int story = order.get(line.story());
            if (story != line.story()) {
                line = line.withStory(story);
                lines.set(i, line);
            }
            next.add(new Row(i, story + 1, story != previousStory, line));
            previousStory = story;
        }
        rows.setAll(next);
    }
}
