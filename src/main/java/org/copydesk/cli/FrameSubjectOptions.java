package org.copydesk.cli;

import java.util.Objects;
import java.util.stream.Stream;
import org.copydesk.desk.FrameSubject;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What {@code place} and {@code unplace} act on: exactly one of a story, a photo, an ad slot or a banner. */
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

    /** The story, photo, ad or banner the options name, as the desk knows it; refused unless exactly one is given. */
    FrameSubject subject(CopydeskCommand root, CommandLine.Model.CommandSpec spec, EditionContent content) {
        if (Stream.of(story, photo, ad, banner).filter(Objects::nonNull).count() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), WORDS.format("place.storyOrPhoto"));
        }
        if (ad != null) {
            return root.desk().makeup().ad(ad);
        }
        if (banner != null) {
            return root.desk().makeup().banner(banner);
        }
        return story != null ? root.desk().makeup().story(content, story) : root.desk().makeup().photo(content, photo);
    }
}
