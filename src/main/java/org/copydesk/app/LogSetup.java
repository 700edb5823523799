package org.copydesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Copydesk's logging, set up in code (found by logback through {@code META-INF/services}) rather than
 * from an XML file: logback's XML reader took a fifth of a {@code copydesk list}. A
 * {@code logback-test.xml} on the class path (the tests) or {@code -Dlogback.configurationFile} still
 * wins: then this steps aside and logback reads that file as usual.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** System property for our own code's level (DEBUG shows the preview's timings the start-up bench reads). */
    public static final String LEVEL_PROPERTY = "copydesk.log.level";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        apply(context, new LogFolder().getPropertyValue());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: one line per event on the terminal, stack traces in {@code folder}/copydesk.log. */
    static void apply(LoggerContext context, String folder) {
        // Logging must never add noise for the user: logback's own complaints (a log folder it cannot
        // create) stay silent instead of printing status lists on the terminal.
        context.getStatusManager().add(new NopStatusListener());

        // The terminal gets one line per event and no stack trace (%nopex); stderr, so CLI output on
        // stdout stays clean for pipes and JSON.
        var terminal = new ConsoleAppender<ILoggingEvent>();
        terminal.setContext(context);
        terminal.setName("STDERR");
        terminal.setTarget("System.err");
        terminal.setEncoder(encoder(context, "copydesk: %replace(%msg){'[\\r\\n]+', ' '}%n%nopex"));
        terminal.start();

        // Full stack traces for a bug report, capped at 3 files of 5 MB.
        var file = new RollingFileAppender<ILoggingEvent>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/copydesk.log");
        var rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/copydesk.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(2);
        rolling.start();
        var trigger = new SizeBasedTriggeringPolicy<ILoggingEvent>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n"));
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(terminal);
        root.addAppender(file);
        // FontBox warns about every font cmap format it skips; nothing a user can act on.
        context.getLogger("org.apache").setLevel(Level.ERROR);
        context.getLogger("org.copydesk").setLevel(Level.toLevel(System.getProperty(LEVEL_PROPERTY), Level.WARN));
        // Libraries that log through java.util.logging (Lucene on a newer JDK, JavaFX) reach the same log
        // file at the levels above instead of printing straight to the terminal.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        // A failed close (a full disk) comes after the command has reported its own failure in one line,
        // and committed data is already on disk (decision 0010), so the close warning goes to the file only.
        Logger database = context.getLogger("org.copydesk.store.Database");
        database.setAdditive(false);
        database.addAppender(file);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
