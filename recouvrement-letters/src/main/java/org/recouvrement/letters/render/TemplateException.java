package org.recouvrement.letters.render;

import org.recouvrement.RecouvrementException;

/**
 * A template could not be found, read or filled: no file for the letter's kind and language in any template location,
 * a template that does not compile, or one that names a value the letter does not provide.
 */
public class TemplateException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The name of the template at fault. */
    private final String template;

    /**
     * Creates the exception.
     *
     * @param template the template's file name
     * @param problem what went wrong, phrased to follow the template's name
     */
    public TemplateException(String template, String problem) {
        super("template " + template + " " + problem);
        this.template = template;
    }

    /**
     * Creates the exception with its cause.
     *
     * @param template the template's file name
     * @param problem what went wrong, phrased to follow the template's name
     * @param cause the underlying error
     */
    public TemplateException(String template, String problem, Throwable cause) {
        super("template " + template + " " + problem, cause);
        this.template = template;
    }

    /**
     * Returns the name of the template at fault.
     *
     * @return the file name, such as {@code "formal-notice.fr.mustache"}
     */
    public String template() {
        return template;
    }
}
