package org.recouvrement.law;

import java.util.List;
import java.util.Objects;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * One step of an explanation: a sentence and the legal references that support it.
 *
 * <p>The sentence is English and carries no personal data; applications translate or rephrase it for their users,
 * keeping the references.
 */
public final class Reason {

    private final String text;
    private final List<LegalReference> references;

    private Reason(String text, List<LegalReference> references) {
        this.text = text;
        this.references = references;
    }

    /**
     * Returns a reason.
     *
     * @param text the sentence, not blank
     * @param references the legal references behind it, possibly none for a plain fact
     * @return the reason
     * @throws InvalidValueException if the text is blank
     */
    public static Reason of(String text, LegalReference... references) {
        Checks.present(references, "references");
        return of(text, List.of(references));
    }

    /**
     * Returns a reason.
     *
     * @param text the sentence, not blank
     * @param references the legal references behind it, possibly none for a plain fact
     * @return the reason
     * @throws InvalidValueException if the text is blank
     */
    public static Reason of(String text, List<LegalReference> references) {
        Checks.present(text, "text");
        Checks.present(references, "references");
        if (text.isBlank()) {
            throw new InvalidValueException("text", "''", "must not be blank");
        }
        return new Reason(text, List.copyOf(references));
    }

    /**
     * Returns the sentence.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the legal references supporting the sentence.
     *
     * @return the references, possibly empty
     */
    public List<LegalReference> references() {
        return references;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Reason other && text.equals(other.text) && references.equals(other.references);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, references);
    }

    /**
     * Returns the sentence followed by its references in brackets.
     *
     * @return the text form, such as {@code "A reminder does not interrupt prescription [C. civ. art. 2240]"}
     */
    @Override
    public String toString() {
        if (references.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append(" [");
        for (int i = 0; i < references.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            out.append(references.get(i).display());
        }
        return out.append(']').toString();
    }
}
