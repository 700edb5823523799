package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One story of a proposal: its lines in source order (no furniture), read as a headline stack,
 * reporter line, paragraphs with their kinds, and captions.
 */
public record ProposedStory(List<ProposedLine> lines) {

    /** A paragraph of the body with its kind ({@link SplitLabel#isParagraph()}) and source line. */
    public record Paragraph(int lineNumber, SplitLabel kind, String text) {
    }

    public ProposedStory {
        lines = List.copyOf(lines);
    }

    public String kicker() {
        return joined(SplitLabel.KICKER);
    }

    public String headline() {
        return joined(SplitLabel.HEADLINE);
    }

    public String subtitle() {
        return joined(SplitLabel.SUBTITLE);
    }

    public String reporterLine() {
        return joined(SplitLabel.REPORTER);
    }

    /** The line the story starts on, for messages. */
    public int firstLine() {
        return lines.isEmpty() ? 0 : lines.get(0).lineNumber();
    }

    public List<Paragraph> paragraphs() {
        return lines.stream().filter(l -> l.label().isParagraph()).map(l -> new Paragraph(l.lineNumber(), l.label(), l.text())).toList();
    }

    /**
     * The captions, a caption line followed by a line that is only the credit ({@code 记者 王明/摄})
     * read as one caption.
     */
    public List<ProposedCaption> captions() {
        List<ProposedCaption> captions = new ArrayList<>();
        for (ProposedLine line : lines) {
            if (line.label() != SplitLabel.CAPTION) {
                continue;
            }
            ProposedCaption caption = CaptionCredit.read(line.lineNumber(), line.text());
            int last = captions.size() - 1;
            if (caption.creditOnly() && last >= 0 && !captions.get(last).text().isEmpty()
                    && captions.get(last).photographer().isEmpty() && captions.get(last).credit().isEmpty()) {
                ProposedCaption before = captions.get(last);
                captions.set(last, new ProposedCaption(before.lineNumber(), before.text(), caption.photographer(),
                        caption.credit(), org.copydesk.model.CaptionKind.NEWS));
            } else {
                captions.add(caption);
            }
        }
        return List.copyOf(captions);
    }

    private String joined(SplitLabel label) {
        // A headline set on two lines is one headline: Han text joins with a full-width space.
        return lines.stream().filter(l -> l.label() == label).map(ProposedLine::text)
                .collect(Collectors.joining("\u3000"));
    }
}
