package org.copydesk.app;

import org.copydesk.model.PaperSettings;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.EditionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new database gets the sample edition, so the first window shows a made-up paper, and the sample
 * paper's masthead settings while nobody has set the paper's own.
 */
final class FirstRun {
    private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

    private FirstRun() {
    }

    static void ensureSampleEdition(EditionRepository repository) {
        if (repository.latestEdition().isEmpty()) {
            LOG.info("new database: adding the sample edition");
            repository.insertEdition(SampleEdition.create());
            if (repository.paperSettings().equals(PaperSettings.defaults())) {
                repository.savePaperSettings(SampleEdition.paperSettings());
            }
        }
    }
}
