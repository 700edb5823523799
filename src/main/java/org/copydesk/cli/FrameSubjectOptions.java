package org.copydesk.cli;

import java.util.Objects;
import java.util.stream.Stream;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What {@code place} and {@code unplace} act on: exactly one of a story, a photo, an ad slot, a banner or a 导读 box. */
final class FrameSubjectOptions {
    private static final Words WORDS = Words.ofPackage(FrameSubjectOptions.class);

    @Option(names = "--story", paramLabel = "ID", description = "The story (its id, or the start of it).")
    String story;

    @Option(names = "--photo", paramLabel = "ID", description = "The photo (its id, or the start of it).")
    String photo;

    @Option(names = "--ad", paramLabel = "NAME",
            description = "An ad slot (广告), named by its advertiser. An ad may not overlap anything.")
    String ad;

    @Option(names = "--banner", paramLabel = "NAME",
            description = "A banner (通栏标语) across columns, by its name on the page; --text gives its slogan. "
                    + "A banner may not overlap anything.")
    String banner;

    @Option(names = "--index", paramLabel = "NAME",
            description = "A 导读 box (index to inside pages), by its name on the page; --entries gives the stories it "
                    + "points at (default: each other page's lead story), --title its title (default 导读). A 导读 box "
                    + "may not overlap anything.")
    String index;

    /** The story, photo, ad, banner or 导读 box the options name, as the desk knows it; refused unless exactly one is given. */
    FrameSubject subject(CopydeskCommand root, CommandLine.Model.CommandSpec spec, EditionContent content) {
        if (Stream.of(story, photo, ad, banner, index).filter(Objects::nonNull).count() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.storyOrPhoto"));
        }
        if (ad != null) {
            return root.desk().makeup().ad(ad);
        }
        if (banner != null) {
            return root.desk().makeup().banner(banner);
        }
        if (index != null) {
            return root.desk().makeup().indexBox(index);
        }
        return story != null ? root.desk().makeup().story(content, story) : root.desk().makeup().photo(content, photo);
    }
}
