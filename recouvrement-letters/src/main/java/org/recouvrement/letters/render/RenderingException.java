package org.recouvrement.letters.render;

import org.recouvrement.RecouvrementException;

/**
 * Rendering failed for a reason that is neither the letter's nor the template's: the PDF engine failed on the HTML the
 * templates produced.
 */
public class RenderingException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed
     * @param cause the underlying error
     */
    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
