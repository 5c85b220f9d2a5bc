package org.recouvrement.limitation;

import org.recouvrement.InvalidValueException;

/**
 * The timeline of a case cannot be read for limitation: a suspension or proceedings end that never started, or end
 * before they started. The message names the event's field, its value and the rule, such as
 * {@code "AmicableProcessEnded.date 2024-03-01 is before the MEDIATION it ends started on 2024-05-01"}.
 */
public final class InconsistentTimelineException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field the event and attribute at fault, such as {@code "ImpedimentEnded.date"}
     * @param value the rejected value
     * @param rule the rule it breaks
     */
    public InconsistentTimelineException(String field, Object value, String rule) {
        super(field, value, rule);
    }
}
