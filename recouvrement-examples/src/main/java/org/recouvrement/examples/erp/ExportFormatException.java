package org.recouvrement.examples.erp;

import java.util.Objects;
import org.recouvrement.RecouvrementException;

/**
 * A row of an ERP export cannot be read: a required column is missing or empty, a value has the wrong form, or the
 * claim or event it describes breaks a rule of the library.
 *
 * <p>The message is one line naming the file, the line, the column, the value and the rule, such as
 * {@code "aged-balance.csv line 12, column due_date: '2026-13-01' is not a date of the form 2026-03-31"}; the parts are
 * available separately so that an application can point at the faulty cell.
 */
public class ExportFormatException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The name of the file at fault. */
    private final String source;
    /** The line at fault, counted from 1 (the header is line 1). */
    private final int line;
    /** The column at fault, as the header names it; empty when the fault is the whole line. */
    private final String column;
    /** The rule broken. */
    private final String rule;

    /**
     * Creates the exception.
     *
     * @param source the name of the file, such as {@code aged-balance.csv}
     * @param line the line, counted from 1
     * @param column the column as the header names it, or an empty text when the fault is the whole line
     * @param value the rejected value as text, quoted where it is a cell's content; empty when there is none
     * @param rule what the value should have been
     */
    public ExportFormatException(String source, int line, String column, String value, String rule) {
        super(source + " line " + line + (column.isEmpty() ? "" : ", column " + column) + ": "
                + (value.isEmpty() ? "" : value + " ") + rule);
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = Objects.requireNonNull(column, "column");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * Returns the name of the file at fault.
     *
     * @return the file name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line at fault, counted from 1; the header is line 1.
     *
     * @return the line number
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column at fault, as the header names it.
     *
     * @return the column, or an empty text when the fault is the whole line
     */
    public String column() {
        return column;
    }

    /**
     * Returns the rule the value broke.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }
}
