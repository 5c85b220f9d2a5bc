package org.recouvrement;

import java.util.List;

/**
 * A required value was not given, or {@code null} was given where a value is required.
 *
 * <p>Thrown by every builder of the library when {@code build()} is called before all required attributes were set,
 * and by every factory or builder method that receives {@code null}.
 */
public class MissingValueException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    /** The missing attributes. */

    private final List<String> missing;

    /**
     * Creates the exception for one or more missing attributes.
     *
     * @param attributes the names of the missing attributes, or a message naming them
     */
    public MissingValueException(String... attributes) {
        super(describe(attributes), "(none)", "is required");
        this.missing = List.of(attributes.clone());
    }

    private static String describe(String... attributes) {
        return attributes.length == 1 ? attributes[0] : String.join(", ", attributes);
    }

    /**
     * Returns the names of the missing attributes.
     *
     * @return the attribute names, never empty
     */
    public List<String> missingAttributes() {
        return missing;
    }
}
