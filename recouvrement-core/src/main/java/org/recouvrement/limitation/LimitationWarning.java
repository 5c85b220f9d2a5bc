package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;

/**
 * Something a person should look at: a claim about to become time-barred, an acknowledgement after expiry that may
 * be a waiver, an assumption the library had to make. The text is English and carries no personal data; the kind
 * lets an application react.
 *
 * <p>Immutable and thread-safe. The sentence is composed when it is read, on each read.
 */
public final class LimitationWarning {

    /** What the warning is about. */
    public enum Kind {
        /** The claim becomes time-barred within the warning horizon; say what interrupts it. */
        EXPIRES_SOON,
        /** An acknowledgement or a payment came after expiry: it may be a waiver (C. civ. art. 2250, 2251). */
        POSSIBLE_WAIVER,
        /** Some instalments are time-barred, others are not. */
        PARTLY_TIME_BARRED,
        /** The start of a consumer claim is the completion of the works, which the claim does not give. */
        START_DATE_UNCERTAIN,
        /** Counted from the completion of the services, the claim could be time-barred earlier. */
        EARLIER_START_POSSIBLE,
        /** The governing law could not be inferred from the parties' territories and was assumed. */
        GOVERNING_LAW_ASSUMED,
        /** A rule applied (or left out) is not confirmed in a source. */
        RULE_NOT_CONFIRMED,
        /** A Belgian formal notice may have interrupted limitation if a lawyer or judicial officer sent it. */
        BELGIAN_FORMAL_NOTICE,
        /** The claim predates the first version of the rule the library holds; a transitional rule may apply. */
        TRANSITIONAL_RULE_NOT_APPLIED,
        /** A decision was served after the claim had become time-barred. */
        DECISION_AFTER_EXPIRY,
        /** The claim is a judgment whose service on the debtor is not recorded. */
        SERVICE_NOT_RECORDED
    }

    /**
     * Composes a warning's sentence when it is asked for: most warnings are never read, and their sentences carry
     * dates and amounts that are costly to format.
     */
    @FunctionalInterface
    interface Text {
        /**
         * Composes the sentence.
         *
         * @return the sentence
         */
        String compose();
    }

    private final Kind kind;
    private final LocalDate date;
    private final Text text;
    private final List<LegalReference> references;

    private LimitationWarning(Kind kind, LocalDate date, Text text, List<LegalReference> references) {
        this.kind = kind;
        this.date = date;
        this.text = text;
        this.references = references;
    }

    static LimitationWarning of(Kind kind, LocalDate date, String text, List<LegalReference> references) {
        return new LimitationWarning(kind, date, () -> text, references);
    }

    static LimitationWarning of(Kind kind, LocalDate date, Text text, List<LegalReference> references) {
        return new LimitationWarning(kind, date, text, references);
    }

    /**
     * Returns what the warning is about.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the date the warning is about: the last day, the event's date, the start.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the warning's sentence.
     *
     * @return the text
     */
    public String text() {
        return reason().text();
    }

    /**
     * Returns the legal references behind the warning.
     *
     * @return the references, possibly empty
     */
    public List<LegalReference> references() {
        return references;
    }

    /**
     * Returns the sentence and its references as one reason.
     *
     * @return the reason
     */
    public Reason reason() {
        return Reason.of(text.compose(), references);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LimitationWarning other
                && kind == other.kind && date.equals(other.date) && reason().equals(other.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, date, reason());
    }

    /**
     * Returns the kind and the sentence with its references.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return kind + ": " + reason();
    }
}
