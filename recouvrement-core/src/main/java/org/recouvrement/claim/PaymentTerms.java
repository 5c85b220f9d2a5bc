package org.recouvrement.claim;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;

/**
 * The payment terms of a claim (<i>délai de paiement</i>) and the due date they give.
 *
 * <p>Between professionals, C. com. art. L441-10 I sets a default of 30 days after receipt of the goods or
 * performance of the service, and caps an agreed term at 60 days from the invoice date or, if expressly stipulated,
 * 45 days end of month. {@link #isWithinCommercialCaps()} and {@link #commercialCapsExplanation()} report a term
 * beyond those caps; the library computes the due date the contract gives all the same, and says so, rather than
 * silently shortening it.
 *
 * <pre>{@code
 * PaymentTerms terms = PaymentTerms.daysEndOfMonth(45, EndOfMonthMethod.END_OF_MONTH_THEN_DAYS);
 * terms.dueDate(LocalDate.of(2026, 3, 10), Optional.empty()); // 2026-05-15
 * }</pre>
 */
public final class PaymentTerms {

    private static final LegalReference L441_10 = LegalCode.COMMERCIAL_CODE.article("L441-10");
    private static final int DAYS_CAP = 60;
    private static final int END_OF_MONTH_CAP = 45;

    private final int days;
    private final boolean fromPerformance;
    private final EndOfMonthMethod endOfMonth;

    private PaymentTerms(int days, boolean fromPerformance, EndOfMonthMethod endOfMonth) {
        this.days = days;
        this.fromPerformance = fromPerformance;
        this.endOfMonth = endOfMonth;
    }

    /**
     * Returns the statutory default for professionals: 30 days after receipt of the goods or performance of the
     * service (C. com. art. L441-10 I al. 1).
     *
     * @return the default terms
     */
    public static PaymentTerms statutoryDefault() {
        return new PaymentTerms(30, true, null);
    }

    /**
     * Returns a term of a number of days from the invoice date, such as 60 days.
     *
     * @param days the number of days, zero (payment on receipt) or more
     * @return the terms
     * @throws InvalidValueException if the number is negative
     */
    public static PaymentTerms daysFromInvoice(int days) {
        if (days < 0) {
            throw new InvalidValueException("days", days, "must not be negative");
        }
        return new PaymentTerms(days, false, null);
    }

    /**
     * Returns a term of a number of days "end of month", read by the given method.
     *
     * @param days the number of days, usually 45
     * @param method how the contract reads "end of month"
     * @return the terms
     * @throws InvalidValueException if the number is negative
     */
    public static PaymentTerms daysEndOfMonth(int days, EndOfMonthMethod method) {
        Checks.present(method, "method");
        if (days < 0) {
            throw new InvalidValueException("days", days, "must not be negative");
        }
        return new PaymentTerms(days, false, method);
    }

    /**
     * Returns the number of days of the term.
     *
     * @return the days
     */
    public int days() {
        return days;
    }

    /**
     * Returns the end-of-month method, for an end-of-month term.
     *
     * @return the method, or empty
     */
    public Optional<EndOfMonthMethod> endOfMonthMethod() {
        return Optional.ofNullable(endOfMonth);
    }

    /**
     * Tells whether the term runs from receipt of the goods or performance rather than from the invoice.
     *
     * @return true for the statutory default
     */
    public boolean runsFromPerformance() {
        return fromPerformance;
    }

    /**
     * Returns the due date these terms give.
     *
     * @param invoiceDate the invoice (issue) date
     * @param performanceDate the date of delivery or performance, used by the statutory default; when absent the
     *     invoice date stands in for it
     * @return the due date
     */
    public LocalDate dueDate(LocalDate invoiceDate, Optional<LocalDate> performanceDate) {
        Checks.present(invoiceDate, "invoiceDate");
        Checks.present(performanceDate, "performanceDate");
        if (fromPerformance) {
            return performanceDate.orElse(invoiceDate).plusDays(days);
        }
        if (endOfMonth == null) {
            return invoiceDate.plusDays(days);
        }
        if (endOfMonth == EndOfMonthMethod.DAYS_THEN_END_OF_MONTH) {
            return invoiceDate.plusDays(days).with(TemporalAdjusters.lastDayOfMonth());
        }
        return invoiceDate.with(TemporalAdjusters.lastDayOfMonth()).plusDays(days);
    }

    /**
     * Tells whether these terms respect the caps of C. com. art. L441-10 I for a claim between professionals.
     *
     * @return true within the caps
     */
    public boolean isWithinCommercialCaps() {
        if (fromPerformance) {
            return true;
        }
        return endOfMonth == null ? days <= DAYS_CAP : days <= END_OF_MONTH_CAP;
    }

    /**
     * Explains how these terms compare with the caps of C. com. art. L441-10 I.
     *
     * @return the explanation, with its reference
     */
    public Explanation commercialCapsExplanation() {
        if (fromPerformance) {
            return Explanation.of(Reason.of("No agreed term: the statutory default of 30 days after receipt of the goods "
                    + "or performance of the service applies", L441_10));
        }
        if (endOfMonth == null) {
            return Explanation.of(days <= DAYS_CAP
                    ? Reason.of("An agreed term of " + days + " days from the invoice date is within the cap of 60 days",
                            L441_10)
                    : Reason.of("An agreed term of " + days + " days from the invoice date exceeds the cap of 60 days; "
                            + "the contract's due date is used but the term is unlawful between professionals", L441_10));
        }
        return Explanation.of(days <= END_OF_MONTH_CAP
                ? Reason.of("An agreed term of " + days + " days end of month is within the cap of 45 days end of month, "
                        + "provided the contract stipulates it expressly", L441_10)
                : Reason.of("An agreed term of " + days + " days end of month exceeds the cap of 45 days end of month; "
                        + "the contract's due date is used but the term is unlawful between professionals", L441_10));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PaymentTerms other
                && days == other.days && fromPerformance == other.fromPerformance && endOfMonth == other.endOfMonth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(days, fromPerformance, endOfMonth);
    }

    /**
     * Returns a description such as {@code "60 days from invoice"} or {@code "45 days end of month (END_OF_MONTH_THEN_DAYS)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        if (fromPerformance) {
            return days + " days from performance (statutory default)";
        }
        return endOfMonth == null ? days + " days from invoice" : days + " days end of month (" + endOfMonth + ")";
    }
}
