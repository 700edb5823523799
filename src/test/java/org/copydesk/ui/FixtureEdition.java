package org.copydesk.ui;

import org.copydesk.store.InMemoryEditionRepository;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
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

/**
 * A small two-page edition written for the UI tests. Page 1 is a front page: its top nine lines are
 * the tabloid's 报头, so its frames start on line 10 (row 9) and the bridge story ends on line 40 as
 * it did when it started on line 1.
 */
final class FixtureEdition {
    static final String EDITION = "ed-fixture";
    static final String BRIDGE_STORY = "art-bridge";
    static final String MARKET_STORY = "art-market";
    static final String BRIDGE_PHOTO = "photo-bridge";
    private static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    private FixtureEdition() {
    }

    static EditionContent content() {
        var edition = new Edition(EDITION, "江澜周报", LocalDate.of(2026, 11, 27), 1024);
        var bridge = new Article(BRIDGE_STORY, EDITION, "城东交通再添通道", "江澜二桥今日通车", "——全长三点二公里，可缓解老桥拥堵",
                "本报记者 王晓明", List.of(
                new Block.Lead("本报讯", "经过三年建设，江澜二桥于今日上午正式通车。大桥全长3.2公里，双向六车道。"),
                new Block.Paragraph("市交通局负责人介绍，二桥通车后，预计老桥的车流量将减少三成左右。"),
                new Block.Subhead("公交线路同步调整"),
                new Block.Paragraph("即日起，共有5条公交线路改走二桥，市民可通过APP查询。"),
                new Block.EndByline("王晓明 李娜")),
                ArticleStatus.EDITING, 600, 3, T0, T0);
        var market = new Article(MARKET_STORY, EDITION, "", "冬季农贸市场开市", "", "本报记者 陈芳", List.of(
                new Block.Lead("本报讯", "城南冬季农贸市场昨日开市，摊位一百二十个。"),
                new Block.Paragraph("市场将开放至明年二月。")),
                ArticleStatus.DRAFT, 300, 1, T0, T0);
        byte[] png = png();
        var photo = new Photo(BRIDGE_PHOTO, EDITION, "bridge.png", "image/png", png, sha256(png), 320, 200,
                new Caption("江澜二桥通车首日，车辆有序通行。", "李明", "", CaptionKind.NEWS));
        var spec = PageSpec.tabloid();
        var page1 = new Page("page-1", EDITION, 1, "要闻", spec, List.of(
                StoryPlacement.of(BRIDGE_STORY, new GridRect(0, 9, 4, 31), 0),
                new PhotoPlacement(BRIDGE_PHOTO, new GridRect(4, 9, 2, 20), BRIDGE_STORY)));
        var page2 = new Page("page-2", EDITION, 2, "城市", spec, List.of(
                StoryPlacement.of(MARKET_STORY, new GridRect(0, 0, 3, 30), 0)));
        return new EditionContent(edition, List.of(page1, page2), List.of(bridge, market), List.of(photo));
    }

    static InMemoryEditionRepository repository() {
        var repository = new InMemoryEditionRepository();
        repository.insertEdition(content());
        return repository;
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real PNG, so the preview and caption pane decode an actual picture. */
    static byte[] png() {
        var image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x3b6ea5), 320, 200, new Color(0xe9c46a)));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
