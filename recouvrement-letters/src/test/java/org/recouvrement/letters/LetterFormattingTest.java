package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;

class LetterFormattingTest {

    private static final String NNBSP = "\u202f";
    private static final String NBSP = "\u00a0";

    @Test
    @DisplayName("French dates are written in full, the first of the month as '1er' (Imprimerie nationale)")
    void frenchDates() {
        assertEquals("14 février 2026", LetterFormatting.date(LocalDate.of(2026, 2, 14), Language.FRENCH));
        assertEquals("1er août 2026", LetterFormatting.date(LocalDate.of(2026, 8, 1), Language.FRENCH));
        assertEquals("31 décembre 1999", LetterFormatting.date(LocalDate.of(1999, 12, 31), Language.FRENCH));
    }

    @Test
    void dutchEnglishAndGermanDates() {
        assertEquals("14 februari 2026", LetterFormatting.date(LocalDate.of(2026, 2, 14), Language.DUTCH));
        assertEquals("1 March 2026", LetterFormatting.date(LocalDate.of(2026, 3, 1), Language.ENGLISH));
        assertEquals("3. März 2026", LetterFormatting.date(LocalDate.of(2026, 3, 3), Language.GERMAN));
    }

    @Test
    @DisplayName("French amounts: narrow no-break space between thousands, comma, no-break space before the euro")
    void frenchAmounts() {
        assertEquals("1" + NNBSP + "250,00" + NBSP + "€", LetterFormatting.amount(Amount.euros("1250"), Language.FRENCH));
        assertEquals("40,00" + NBSP + "€", LetterFormatting.amount(Amount.euros(40), Language.FRENCH));
        assertEquals("1" + NNBSP + "234" + NNBSP + "567,89" + NBSP + "€",
                LetterFormatting.amount(Amount.euros("1234567.89"), Language.FRENCH));
        assertEquals("-999,99" + NBSP + "€", LetterFormatting.amount(Amount.euros("-999.99"), Language.FRENCH));
        assertEquals("123" + NNBSP + "456,00" + NBSP + "€", LetterFormatting.amount(Amount.euros(123456), Language.FRENCH));
    }

    @Test
    void dutchAndEnglishAmounts() {
        assertEquals("€" + NBSP + "1.250,00", LetterFormatting.amount(Amount.euros("1250"), Language.DUTCH));
        assertEquals("€1,250.00", LetterFormatting.amount(Amount.euros("1250"), Language.ENGLISH));
        assertEquals("€0.05", LetterFormatting.amount(Amount.euros("0.05"), Language.ENGLISH));
    }
}
