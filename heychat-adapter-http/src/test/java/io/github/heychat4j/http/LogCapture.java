package io.github.heychat4j.http;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Every line logged under one logger, at every level, formatted as the JDK prints it: for the tests that search
 * the logs for the token. Lines may come from the adapter's own threads.
 */
final class LogCapture {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Handler handler = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            lines.add(format.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previous;

    LogCapture(String loggerName) {
        this.logger = Logger.getLogger(loggerName);
        handler.setLevel(Level.ALL);
    }

    /** Opens the logger to every level and starts keeping its lines. */
    void start() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    /** Stops keeping lines and gives the logger its level back. */
    void stop() {
        logger.removeHandler(handler);
        logger.setLevel(previous);
    }

    /** The lines kept so far, a live view. */
    List<String> lines() {
        return Collections.unmodifiableList(lines);
    }
}
