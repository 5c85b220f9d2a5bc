package org.recouvrement.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.law.LegalCode;

class PaymentTermsTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @Test
    @DisplayName("45 days end of month, invoice of 10 March: method A 30 April, method B 15 May (LEGAL-REFERENCE §4.1)")
    void fortyFiveDaysEndOfMonthBothMethods() {
        assertEquals(LocalDate.of(2026, 4, 30), PaymentTerms.daysEndOfMonth(45, EndOfMonthMethod.DAYS_THEN_END_OF_MONTH)
                .dueDate(MARCH_10, Optional.empty()));
        assertEquals(LocalDate.of(2026, 5, 15), PaymentTerms.daysEndOfMonth(45, EndOfMonthMethod.END_OF_MONTH_THEN_DAYS)
                .dueDate(MARCH_10, Optional.empty()));
    }

    @Test
    @DisplayName("Statutory default: 30 days after receipt of the goods or performance (C. com. L441-10 I)")
    void statutoryDefaultRunsFromPerformance() {
        PaymentTerms terms = PaymentTerms.statutoryDefault();
        assertEquals(LocalDate.of(2026, 4, 4), terms.dueDate(MARCH_10, Optional.of(LocalDate.of(2026, 3, 5))));
        assertEquals(LocalDate.of(2026, 4, 9), terms.dueDate(MARCH_10, Optional.empty()));
        assertTrue(terms.runsFromPerformance());
    }

    @Test
    @DisplayName("Caps of C. com. L441-10 I: 60 days from invoice, or 45 days end of month")
    void commercialCaps() {
        assertTrue(PaymentTerms.daysFromInvoice(60).isWithinCommercialCaps());
        assertFalse(PaymentTerms.daysFromInvoice(61).isWithinCommercialCaps());
        assertTrue(PaymentTerms.daysEndOfMonth(45, EndOfMonthMethod.END_OF_MONTH_THEN_DAYS).isWithinCommercialCaps());
        assertFalse(PaymentTerms.daysEndOfMonth(60, EndOfMonthMethod.END_OF_MONTH_THEN_DAYS).isWithinCommercialCaps());
        String why = PaymentTerms.daysFromInvoice(90).commercialCapsExplanation().toString();
        assertTrue(why.contains("exceeds the cap of 60 days"), why);
        assertEquals(LegalCode.COMMERCIAL_CODE.article("L441-10"),
                PaymentTerms.daysFromInvoice(90).commercialCapsExplanation().references().get(0));
        assertEquals(LocalDate.of(2026, 6, 8), PaymentTerms.daysFromInvoice(90).dueDate(MARCH_10, Optional.empty()));
    }

    @Test
    void refusesNegativeTerms() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> PaymentTerms.daysFromInvoice(-1));
        assertEquals("days", e.field());
    }
}
