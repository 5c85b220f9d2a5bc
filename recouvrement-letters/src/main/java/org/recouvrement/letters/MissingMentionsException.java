package org.recouvrement.letters;

import java.util.List;
import java.util.stream.Collectors;
import org.recouvrement.RecouvrementException;

/**
 * A letter lacks mandatory mentions and may not be rendered. The exception lists every one of them, so that the
 * caller can complete the letter in one go.
 */
public class MissingMentionsException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The kind of the letter. */
    private final DocumentKind kind;
    /** The mentions missing, in the order of {@link Mention}. */
    private final List<Mention> missing;

    /**
     * Creates the exception.
     *
     * @param kind the kind of the letter
     * @param missing the mentions missing, at least one
     */
    public MissingMentionsException(DocumentKind kind, List<Mention> missing) {
        super(describe(kind, missing));
        this.kind = kind;
        this.missing = List.copyOf(missing);
    }

    private static String describe(DocumentKind kind, List<Mention> missing) {
        return "letter " + kind + " lacks " + missing.size() + " mandatory mention" + (missing.size() > 1 ? "s" : "")
                + ": " + missing.stream().map(m -> m + " (" + m.description() + ")").collect(Collectors.joining(", "));
    }

    /**
     * Returns the kind of the letter.
     *
     * @return the kind
     */
    public DocumentKind kind() {
        return kind;
    }

    /**
     * Returns every mention missing.
     *
     * @return the mentions, never empty
     */
    public List<Mention> missing() {
        return missing;
    }
}
