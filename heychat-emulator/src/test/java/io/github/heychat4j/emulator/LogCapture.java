package io.github.heychat4j.emulator;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every record logged under the emulator's loggers, at every level, while open; optionally kept off the console (for
 * a failure a test plants on purpose). Records may come from Jetty's threads.
 */
final class LogCapture implements AutoCloseable {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Logger logger = Logger.getLogger("io.github.heychat4j.emulator");
    private final Level previousLevel = logger.getLevel();
    private final boolean previousToParents = logger.getUseParentHandlers();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(boolean toConsole) {
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(toConsole);
        logger.addHandler(handler);
    }

    /** Keeps what the emulator logs, and lets it reach the console as usual. */
    static LogCapture start() {
        return new LogCapture(true);
    }

    /** Keeps what the emulator logs, and keeps it off the console. */
    static LogCapture startQuietly() {
        return new LogCapture(false);
    }

    /** The records kept so far, a live view. */
    List<LogRecord> records() {
        return Collections.unmodifiableList(records);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(previousToParents);
        logger.setLevel(previousLevel);
    }
}
