package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The early toolkit start and the window's (or a dialog's) start meet: whoever comes second uses
 * the running toolkit instead of failing, and work handed to it afterwards runs. The toolkit here is
 * already running (TestFX started it), as after the early start in Copydesk.
 */
@ExtendWith(ApplicationExtension.class)
class FxStartupTest {

    @Test
    void startingAgainUsesTheRunningToolkit() throws InterruptedException {
        FxStartup.startInBackground(() -> {
        });
        FxStartup.ensureStarted();
        FxStartup.ensureStarted();

        var ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Platform.isImplicitExit()).isFalse();
    }
}
