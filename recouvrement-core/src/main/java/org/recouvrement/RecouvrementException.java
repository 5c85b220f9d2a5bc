package org.recouvrement;

/**
 * The root of every exception this library throws for a caller's mistake.
 *
 * <p>The library never throws a checked exception. A legal outcome (a time-barred claim, a closed route) is an
 * answer, not an exception: exceptions are reserved for input the library cannot reason about. Messages are in
 * English, name the field, the value and the rule that was broken, and never carry personal data.
 *
 * <p>Catch this type to handle every error of the library in one place; catch a subclass to react to a specific
 * problem (for example {@link InvalidValueException#field()} to highlight a form field).
 */
public abstract class RecouvrementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with its message.
     *
     * @param message the message, naming the field, the value and the rule
     */
    protected RecouvrementException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its message and cause.
     *
     * @param message the message, naming the field, the value and the rule
     * @param cause the underlying cause
     */
    protected RecouvrementException(String message, Throwable cause) {
        super(message, cause);
    }
}
