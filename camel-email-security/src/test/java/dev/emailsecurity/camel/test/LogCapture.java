package dev.emailsecurity.camel.test;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Captures every log line (message and stack trace) with the given loggers at DEBUG, until closed. */
public final class LogCapture implements AutoCloseable {

    private static final String NAME = "test-capture";

    private final StringWriter lines = new StringWriter();
    private final WriterAppender appender;
    private final String[] loggers;

    public LogCapture(String... debugLoggers) {
        this.loggers = debugLoggers;
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.newBuilder().setName(NAME).setTarget(lines)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %throwable%n").build()).build();
        appender.start();
        ctx.getConfiguration().addAppender(appender);
        ctx.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        for (String logger : loggers) {
            Configurator.setLevel(logger, Level.DEBUG);
        }
        ctx.updateLoggers();
    }

    /** Everything logged so far. */
    public String text() {
        return lines.toString();
    }

    @Override
    public void close() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender(NAME);
        for (String logger : loggers) {
            Configurator.setLevel(logger, Level.INFO);
        }
        ctx.updateLoggers();
        appender.stop();
    }
}
