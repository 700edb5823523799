package org.copydesk.sample;

import java.time.LocalDate;
import java.util.List;
import org.copydesk.model.Article;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.PaperSettings;
import org.copydesk.model.Photo;

/**
 * The built-in sample: issue 1287 of 江澜周报, the weekly of the fictional city of 江澜, dated
 * 2026-11-27, eight broadsheet pages. Every id is derived from a fixed name, so building it twice
 * gives equal values and {@code copydesk sample} replaces the sample in a database in place.
 */
public final class SampleEdition {

    public static final String PAPER_NAME = "江澜周报";
    public static final LocalDate DATE = LocalDate.of(2026, 11, 27);
    public static final int ISSUE = 1287;
    /** The sample edition's id, the same in every database. */
    public static final String EDITION_ID = SampleIds.of("edition", PAPER_NAME + "/" + ISSUE);

    private SampleEdition() {
    }

    /**
     * The sample paper's settings: its name on the masthead, a registration line whose numbers are
     * visibly not real (there is no region 00), and two ears, the weather and the paper's motto.
     * Copydesk saves them only into a database whose settings were never changed.
     */
    public static PaperSettings paperSettings() {
        return new PaperSettings(PAPER_NAME, PAPER_NAME, "国内统一连续出版物号 CN 00-0000　邮发代号 00-000", "broadsheet",
                new PaperSettings.Ear("今日天气", "多云转晴　8～16℃　东北风3级　空气质量良"),
                new PaperSettings.Ear("江澜周报", "记录一座城市的每一天　每周五出版"));
    }

    /** Builds the whole edition: stories read from the class path, photos drawn, pages made up. */
    public static EditionContent create() {
        Edition edition = new Edition(EDITION_ID, PAPER_NAME, DATE, ISSUE);
        List<Article> articles = SampleMakeup.ARTICLE_KEYS.stream()
                .map(key -> SampleArticles.load(key, EDITION_ID))
                .toList();
        List<Photo> photos = SamplePhotos.create(EDITION_ID);
        List<Page> pages = SampleMakeup.pages(EDITION_ID);
        return new EditionContent(edition, pages, articles, photos);
    }
}
