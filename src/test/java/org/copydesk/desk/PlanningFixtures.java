package org.copydesk.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PageSpec;
import org.copydesk.store.InMemoryEditionRepository;

/** An edition of empty tabloid pages (6 栏 x 70 行) with two stories, in the in-memory store. */
final class PlanningFixtures {
    static final String EDITION = "ed-plan";
    static final String BRIDGE = "story-bridge";
    static final String MARKET = "story-market";
    static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

    private PlanningFixtures() {
    }

    static InMemoryEditionRepository repository(int pages) {
        var repository = new InMemoryEditionRepository();
        List<Page> list = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            list.add(new Page("page-" + n, EDITION, n, "版" + n, PageSpec.tabloid(), List.of()));
        }
        repository.insertEdition(new EditionContent(new Edition(EDITION, "江澜周报", LocalDate.of(2026, 12, 4), 1290),
                list, List.of(story(BRIDGE, "澜江二桥今晨通车", ArticleStatus.SIGNED_OFF, 40),
                story(MARKET, "老城菜市场完成改造", ArticleStatus.EDITING, 2)), List.of()));
        return repository;
    }

    /** A story whose body is {@code paragraphs} paragraphs of 60 字. */
    static Article story(String id, String headline, ArticleStatus status, int paragraphs) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(new Block.Paragraph("大桥全长三千二百米，历时四年建设，总投资三十八点六亿元，南北两岸通勤时间由四十分钟缩短至十二分钟，市民出行更加方便。"));
        }
        return new Article(id, EDITION, "", headline, "", "本报记者 王晓明", body, status, 0, 1, T, T);
    }

    static Desk desk() {
        return Desk.lazily(() -> {
            throw new IllegalStateException("planning sets no type");
        });
    }
}
