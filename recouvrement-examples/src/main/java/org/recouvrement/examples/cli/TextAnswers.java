package org.recouvrement.examples.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;

/**
 * The human form of the answers: labelled lines, dates with their day of the week, numbered reasons. Written with
 * {@code \n} line ends and {@link Locale#ROOT}, so the same answer prints the same on every machine.
 */
final class TextAnswers {

    private final StringBuilder out = new StringBuilder();

    /** A labelled line: the label in a column of twelve, then the value. */
    TextAnswers line(String label, Object value) {
        return format("%-12s %s", label, value);
    }

    /** A line as it is. */
    TextAnswers text(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** A line made by {@link String#format(Locale, String, Object...)} in {@link Locale#ROOT}, without trailing spaces. */
    TextAnswers format(String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values).stripTrailing()).append('\n');
        return this;
    }

    /** An empty line, then a heading. */
    TextAnswers heading(String heading) {
        out.append('\n').append(heading).append('\n');
        return this;
    }

    /** The reasons, numbered, each with its references in brackets. */
    TextAnswers why(Explanation explanation) {
        heading("Why");
        int n = 1;
        for (Reason reason : explanation.reasons()) {
            format("%3d. %s", n++, reason);
        }
        return this;
    }

    /** The text, with {@code \n} line ends. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** A date with its day of the week: {@code 2026-05-04 (Monday)}. */
    static String day(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return date + " (" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + ")";
    }

    /** A constant's name in words: {@code NO_EFFECT} as {@code no effect}. */
    static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** References as a practitioner writes them: {@code C. civ. art. 2240; C. civ. art. 2231}. */
    static String citations(List<LegalReference> references) {
        StringBuilder text = new StringBuilder();
        for (LegalReference reference : references) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(reference.display());
        }
        return text.toString();
    }
}
