package org.recouvrement.internal;

import org.recouvrement.MissingValueException;

/**
 * Precondition helpers: a failed check names the argument.
 */
public final class Checks {

    private Checks() {
    }

    /**
     * Returns the value, or throws {@link MissingValueException} naming the argument if it is {@code null}.
     *
     * @param <T> the type of the value
     * @param value the value to check
     * @param name the name of the argument, as the API calls it
     * @return the value
     */
    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new MissingValueException(name);
        }
        return value;
    }
}
