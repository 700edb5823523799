package org.copydesk.render.pdf;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.GridRect;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.typeset.Box;
import org.copydesk.typeset.Copyfit;
import org.copydesk.typeset.GlyphRun;
import org.copydesk.typeset.LayoutFrame;
import org.copydesk.typeset.LayoutLine;
import org.copydesk.typeset.LayoutProblem;
import org.copydesk.typeset.LineRole;
import org.copydesk.typeset.PageComposer;
import org.copydesk.typeset.PageLayout;
import org.copydesk.typeset.PhotoFit;
import org.copydesk.typeset.Rule;

/**
 * A small hand-made edition and a deliberately simple composer for export tests: every character
 * is one em wide, lines are cut at the column width, columns fill left to right. It stands in for
 * the real composer so the renderer is tested against layouts whose every position is known.
 */
public final class ExportFixtures {
    public static final String EDITION_ID = "ed-2026-11-27";
    public static final String LEAD_ID = "art-bridge";
    public static final String SECOND_ID = "art-market";
    public static final String PHOTO_ID = "photo-bridge";

    public static final String LEAD_HEADLINE = "江澜大桥今日通车";
    public static final String LEAD_BODY = "江澜大桥主体工程全部完工，今天上午正式通车。大桥全长三千二百米，"
            + "双向六车道，设计时速八十公里。通车后，两岸往来时间由四十分钟缩短到八分钟。市民王女士说：“以后上班方便多了。”";
    public static final String LEAD_PARAGRAPH = "据介绍，大桥建设历时四年，采用了多项新技术，桥面铺装全部使用环保材料。";
    public static final String SECOND_HEADLINE = "周末集市人气旺";
    public static final String SECOND_BODY = "城南周末集市本周六开市，摊位二百余个，蔬菜水果、手工艺品一应俱全，吸引了大批市民前来选购。";
    public static final String CAPTION_TEXT = "江澜大桥夜景";

    private ExportFixtures() {
    }

    public static EditionContent edition() {
        PageSpec spec = PageSpec.tabloid();
        Instant when = Instant.parse("2026-11-26T08:00:00Z");
        Edition edition = new Edition(EDITION_ID, "江澜周报", LocalDate.of(2026, 11, 27), 1024);
        Article lead = new Article(LEAD_ID, EDITION_ID, "城市建设", LEAD_HEADLINE, "——两岸往来只需八分钟", "本报记者 王晓明",
                List.of(new Block.Lead("本报讯", LEAD_BODY), new Block.Subhead("新技术"), new Block.Paragraph(LEAD_PARAGRAPH),
                        new Block.EndByline("王晓明 李华")),
                ArticleStatus.SIGNED_OFF, 300, 3, when, when);
        Article second = new Article(SECOND_ID, EDITION_ID, "", SECOND_HEADLINE, "", "",
                List.of(new Block.Paragraph(SECOND_BODY)), ArticleStatus.SIGNED_OFF, 100, 1, when, when);
        Photo photo = photo(PHOTO_ID, 600, 400, new Caption(CAPTION_TEXT, "李明", "", CaptionKind.NEWS));
        // Page 1 is a front page: its frames start below the tabloid's nine-line 报头, as make-up requires.
        Page one = new Page("page-1", EDITION_ID, 1, "要闻", spec, List.of(
                StoryPlacement.of(LEAD_ID, new GridRect(0, 9, 3, 30), 0),
                new PhotoPlacement(PHOTO_ID, new GridRect(3, 9, 3, 20), LEAD_ID)));
        Page two = new Page("page-2", EDITION_ID, 2, "城市", spec, List.of(
                StoryPlacement.of(SECOND_ID, new GridRect(0, 0, 2, 20), 0)));
        return new EditionContent(edition, List.of(one, two), List.of(lead, second), List.of(photo));
    }

    /** A JPEG photo of a sky gradient. */
    public static Photo photo(String id, int width, int height, Caption caption) {
        byte[] bytes = jpeg(width, height);
        return new Photo(id, EDITION_ID, id + ".jpg", "image/jpeg", bytes, sha256(bytes), width, height, caption);
    }

    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 140), width, height, new Color(240, 180, 60)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 2, width / 2, height / 10);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The simple composer described above. */
    public static PageComposer composer() {
        return ExportFixtures::compose;
    }

    private static PageLayout compose(EditionContent content, int pageNumber) {
        Page page = content.page(pageNumber).orElseThrow();
        PageSpec spec = page.spec();
        double em = spec.bodySizePt();
        List<LayoutFrame> frames = new ArrayList<>();
        List<Copyfit> copyfits = new ArrayList<>();
        List<LayoutProblem> problems = new ArrayList<>();
        for (var placement : page.placements()) {
            GridRect r = placement.frame();
            Box bounds = new Box(spec.columnLeftPt(r.column()), spec.rowTopPt(r.row()), spec.spanWidthPt(r.columnSpan()),
                    r.rowSpan() * spec.linePitchPt());
            if (placement instanceof StoryPlacement story) {
                Article article = content.article(story.articleId()).orElseThrow();
                List<LayoutLine> lines = new ArrayList<>();
                double y = bounds.y();
                if (story.part() == 0) {
                    y += 20;
                    lines.add(line(LineRole.HEADLINE, FontFace.SANS_BOLD, 18, bounds.x(), y, article.headline()));
                    y += 6;
                }
                int perLine = spec.columnChars();
                int rowsLeft = (int) ((bounds.bottom() - y) / spec.linePitchPt());
                int column = 0;
                int row = 0;
                int set = 0;
                int overset = 0;
                for (Block block : article.body()) {
                    String text = block.text();
                    for (int i = 0; i < text.length(); i += perLine) {
                        if (column >= r.columnSpan()) {
                            overset += text.length() - i;
                            break;
                        }
                        String piece = text.substring(i, Math.min(text.length(), i + perLine));
                        double x = spec.columnLeftPt(r.column() + column);
                        double baseline = y + (row + 1) * spec.linePitchPt();
                        lines.add(line(LineRole.BODY, FontFace.SERIF, em, x, baseline, piece));
                        set += piece.length();
                        if (++row >= rowsLeft) {
                            row = 0;
                            column++;
                        }
                    }
                }
                int free = column >= r.columnSpan() ? 0 : rowsLeft - row;
                copyfits.add(new Copyfit(article.id(), set, column * rowsLeft + row, free, overset, overset > 0 ? story.part() : -1));
                if (overset > 0) {
                    problems.add(new LayoutProblem(LayoutProblem.Kind.OVERSET, article.id(), "超 " + overset + " 字"));
                }
                frames.add(new LayoutFrame(LayoutFrame.FrameKind.STORY, article.id(), story.part(), bounds, Optional.empty(), lines));
            } else if (placement instanceof PhotoPlacement photoPlacement) {
                Photo photo = content.photo(photoPlacement.photoId()).orElseThrow();
                Box image = new Box(bounds.x(), bounds.y(), bounds.width(), bounds.height() - 2 * spec.linePitchPt());
                LayoutLine caption = line(LineRole.CAPTION, FontFace.SANS, em, bounds.x(),
                        image.bottom() + spec.linePitchPt(), photo.caption().printed());
                frames.add(new LayoutFrame(LayoutFrame.FrameKind.PHOTO, photo.id(), 0, bounds, Optional.of(new PhotoFit(image, photo.widthPx(), photo.heightPx())), List.of(caption)));
            }
        }
        double headY = spec.typeAreaTopPt() - 8;
        LayoutLine head = line(LineRole.RUNNING_HEAD, FontFace.SANS, em, spec.typeAreaLeftPt(), headY,
                content.edition().name() + "　第" + pageNumber + "版");
        Rule headRule = new Rule(spec.typeAreaLeftPt(), headY + 3, spec.typeAreaLeftPt() + spec.typeAreaWidthPt(), headY + 3, 0.5);
        return new PageLayout(page.id(), pageNumber, spec, frames, List.of(head), List.of(headRule), copyfits, problems);
    }

    /** A line of one run, every code point one em wide. */
    public static LayoutLine line(LineRole role, FontFace face, double size, double x, double baseline, String text) {
        int n = text.codePointCount(0, text.length());
        double[] xs = new double[n];
        double[] advances = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x + i * size;
            advances[i] = size;
        }
        return new LayoutLine(role, x, baseline, n * size, List.of(new GlyphRun(face, size, baseline, text, xs, advances)), false, 0);
    }
}
