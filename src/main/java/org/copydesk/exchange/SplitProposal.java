package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the splitter proposes for a text holding many stories: every line with its label and the
 * story it belongs to. Stories are numbered from 0 in reading order; a number no line uses any more
 * (after the editor moved lines) is simply skipped. Furniture belongs to no story's text.
 *
 * @param sourceName the file or "pasted text", for messages
 */
public record SplitProposal(String sourceName, List<ProposedLine> lines) {
    public SplitProposal {
        Objects.requireNonNull(sourceName, "sourceName");
        lines = List.copyOf(lines);
    }

    /** The stories that have at least one line that is not furniture, in order. */
    public List<ProposedStory> stories() {
        TreeMap<Integer, List<ProposedLine>> byStory = new TreeMap<>();
        for (ProposedLine line : lines) {
            if (line.label() != SplitLabel.FURNITURE) {
                byStory.computeIfAbsent(line.story(), k -> new ArrayList<>()).add(line);
            }
        }
        return byStory.values().stream().map(ProposedStory::new).toList();
    }

    /** The lines that are page furniture (版次 lines, editors' names, slogans …), not story text. */
    public List<ProposedLine> furniture() {
        return lines.stream().filter(l -> l.label() == SplitLabel.FURNITURE).toList();
    }

    public SplitProposal withLines(List<ProposedLine> newLines) {
        return new SplitProposal(sourceName, newLines);
    }
}
