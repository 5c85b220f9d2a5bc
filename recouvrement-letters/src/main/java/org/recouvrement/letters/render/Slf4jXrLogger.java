package org.recouvrement.letters.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to slf4j, at DEBUG (WARN for its warnings and errors), instead of to the standard error
 * stream through java.util.logging.
 */
final class Slf4jXrLogger implements XRLogger {

    private static final Logger LOGGER = LoggerFactory.getLogger(Slf4jXrLogger.class);

    @Override
    public void log(String where, Level level, String msg) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOGGER.warn("{}: {}", where, msg);
        } else {
            LOGGER.debug("{}: {}", where, msg);
        }
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.WARNING.intValue()) {
            LOGGER.warn("{}: {}", where, msg, th);
        } else {
            LOGGER.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the slf4j binding's business.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? LOGGER.isWarnEnabled()
                : LOGGER.isDebugEnabled();
    }
}
