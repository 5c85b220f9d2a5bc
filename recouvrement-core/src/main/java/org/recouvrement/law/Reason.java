package org.recouvrement.law;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * One step of an explanation: a sentence and the legal references that support it.
 *
 * <p>The sentence is English and carries no personal data; applications translate or rephrase it for their users,
 * keeping the references.
 *
 * <p>A reason is either given its sentence ({@link #of(String, LegalReference...)}) or composes it on each call of
 * {@link #text()} from the facts it was given ({@link #lazy(Supplier, List)}): an engine that explains every answer of
 * a large batch keeps the facts (dates, amounts, names of steps), not a million sentences nobody reads. Both kinds are
 * equal when their sentences and references are.
 */
public final class Reason {

    private final String text;
    private final Supplier<String> format;
    private final List<LegalReference> references;

    private Reason(String text, Supplier<String> format, List<LegalReference> references) {
        this.text = text;
        this.format = format;
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
        return new Reason(text, null, List.copyOf(references));
    }

    /**
     * Returns a reason whose sentence is composed only when asked for, on each call of {@link #text()}.
     *
     * @param text composes the sentence; it must be pure and thread-safe (read immutable values only), and return
     *     the same non-blank sentence on every call
     * @param references the legal references behind it, possibly none for a plain fact
     * @return the reason
     */
    public static Reason lazy(Supplier<String> text, LegalReference... references) {
        Checks.present(references, "references");
        return lazy(text, List.of(references));
    }

    /**
     * Returns a reason whose sentence is composed only when asked for, on each call of {@link #text()}.
     *
     * @param text composes the sentence; it must be pure and thread-safe (read immutable values only), and return
     *     the same non-blank sentence on every call
     * @param references the legal references behind it, possibly none for a plain fact
     * @return the reason
     */
    public static Reason lazy(Supplier<String> text, List<LegalReference> references) {
        Checks.present(text, "text");
        Checks.present(references, "references");
        return new Reason(null, text, List.copyOf(references));
    }

    /**
     * Returns the sentence.
     *
     * @return the text
     * @throws InvalidValueException if the sentence of a {@linkplain #lazy(Supplier, List) lazy} reason is blank
     */
    public String text() {
        if (text != null) {
            return text;
        }
        String composed = format.get();
        if (composed == null || composed.isBlank()) {
            throw new InvalidValueException("text", composed == null ? "null" : "''", "must not be blank");
        }
        return composed;
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
        if (this == obj) {
            return true;
        }
        return obj instanceof Reason other && references.equals(other.references) && text().equals(other.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), references);
    }

    /**
     * Returns the sentence followed by its references in brackets.
     *
     * @return the text form, such as {@code "A reminder does not interrupt prescription [C. civ. art. 2240]"}
     */
    @Override
    public String toString() {
        String sentence = text();
        if (references.isEmpty()) {
            return sentence;
        }
        StringBuilder out = new StringBuilder(sentence).append(" [");
        for (int i = 0; i < references.size(); i++) {
            if (i > 0) {
                out.append("; ");
            }
            out.append(references.get(i).display());
        }
        return out.append(']').toString();
    }
}
