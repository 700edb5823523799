package org.copydesk.model;

/**
 * One block of an article body. The headline stack (kicker, headline, subtitle) and the reporter
 * line live on {@link Article} itself; jump lines are written by the composer, never stored.
 */
public sealed interface Block permits Block.Lead, Block.Paragraph, Block.Subhead, Block.EndByline {

    /** The text a reader sees, as counted for 字数. */
    String text();

    /** The first paragraph with its run-in dateline, e.g. {@code 本报讯} + {@code 近日，……}. */
    record Lead(String dateline, String body) implements Block {
        public Lead {
            dateline = dateline == null ? "" : dateline;
            body = body == null ? "" : body;
        }

        @Override
        public String text() {
            return dateline.isEmpty() ? body : dateline + "\u3000" + body;
        }
    }

    /** A body paragraph: justified, 2-em first-line indent. */
    record Paragraph(String text) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
        }
    }

    /** 小标题: a bold in-article subhead on its own line. */
    record Subhead(String text) implements Block {
        public Subhead {
            text = text == null ? "" : text;
        }
    }

    /** 署名 at the end of a dispatch: names separated by spaces, set right-aligned. */
    record EndByline(String text) implements Block {
        public EndByline {
            text = text == null ? "" : text;
        }
    }
}
