package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * The interest examples of LEGAL-REFERENCE §6.3, each with the source that states it.
 */
class WorkedExamplesTest {

    private final InterestCalculator calculator = InterestCalculator.of(StatutoryRates.builtIn());
    private final StatutoryRates rates = StatutoryRates.builtIn();

    private static RecoveryCase b2bInvoice(String principal, LocalDate dueDate, Rate contractualRate) {
        Claim.Builder builder = Claim.builder().reference("WE").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(org.recouvrement.claim.ClaimOrigin.INVOICE)
                .principal(Amount.euros(principal)).issueDate(dueDate.minusDays(30)).dueDate(dueDate);
        if (contractualRate != null) {
            builder.contractualInterestRate(contractualRate);
        }
        return RecoveryCase.of(builder.build());
    }

    @Test
    @DisplayName("WE-19 (a): 10,000 € three months late in S1 2014 at ECB 0.25 % + 10 = 10.25 %, about 256 € "
            + "(https://lexing.law/avocats/penalites-retard-paiement/2014/03/25)")
    void we19DefaultRate() {
        // Three months of delay: 1 January to 1 April 2014, 91 days. The source computes 10 000 × 10.25 % × 3/12 =
        // 256.25 and rounds to the euro; by days (ACT/365) the library finds 255.55, which rounds to the same 256 €.
        InterestStatement statement = calculator.statement(b2bInvoice("10000.00", LocalDate.of(2013, 12, 31), null),
                LocalDate.of(2014, 4, 1));
        assertEquals(1, statement.lines().size());
        InterestLine line = statement.lines().get(0);
        assertEquals(Rate.ofPercent("10.25"), line.rate());
        assertEquals(91, line.days());
        assertEquals(Amount.euros("255.55"), statement.totalInterest());
        assertEquals(BigDecimal.valueOf(256), statement.totalInterest().value().setScale(0, RoundingMode.HALF_UP));
        assertEquals("ECB decision effective 13 Nov 2013", line.rateSource().instrument());
    }

    @Test
    @DisplayName("WE-19 (b): at the contractual floor 3 × 0.04 % = 0.12 %, three months on 10,000 € give about 3 € "
            + "(https://lexing.law/avocats/penalites-retard-paiement/2014/03/25)")
    void we19Floor() {
        assertEquals(Rate.ofPercent("0.12"), rates.frenchCommercialRateFloor(LocalDate.of(2014, 2, 1)));
        InterestStatement atFloor = calculator.statement(
                b2bInvoice("10000.00", LocalDate.of(2013, 12, 31), Rate.ofPercent("0.12")), LocalDate.of(2014, 4, 1));
        assertEquals(Amount.euros("2.99"), atFloor.totalInterest());
        assertFalse(atFloor.lines().get(0).hasNote(LineNote.FLOOR_APPLIED));
        assertEquals(BigDecimal.valueOf(3), atFloor.totalInterest().value().setScale(0, RoundingMode.HALF_UP));
        InterestStatement belowFloor = calculator.statement(
                b2bInvoice("10000.00", LocalDate.of(2013, 12, 31), Rate.ofPercent("0.05")), LocalDate.of(2014, 4, 1));
        assertEquals(Rate.ofPercent("0.12"), belowFloor.lines().get(0).rate());
        assertTrue(belowFloor.lines().get(0).hasNote(LineNote.FLOOR_APPLIED));
        assertEquals(Amount.euros("2.99"), belowFloor.totalInterest());
    }

    @Test
    @DisplayName("WE-20: the floor of the B2B penalty rate in S1 2026 is 3 × 2.62 % = 7.86 % "
            + "(https://adecia.fr/interet-legal-2026-nouveaux-taux-applicables-au-1er-semestre)")
    void we20() {
        assertEquals(Rate.ofPercent("7.86"), rates.frenchCommercialRateFloor(LocalDate.of(2026, 1, 1)));
        assertEquals(Rate.ofPercent("7.86"), rates.frenchCommercialRateFloor(LocalDate.of(2026, 6, 30)));
        InterestStatement statement = calculator.statement(
                b2bInvoice("1000.00", LocalDate.of(2025, 12, 31), Rate.ofPercent("5")), LocalDate.of(2026, 6, 30));
        InterestLine line = statement.lines().get(0);
        assertEquals(Rate.ofPercent("7.86"), line.rate());
        assertTrue(line.hasNote(LineNote.FLOOR_APPLIED));
        assertTrue(statement.explanation().toString().contains("3 × 2.62% = 7.86%"));
    }

    @Test
    @DisplayName("WE-23: floors S1 2018 = 2.67 % (http://www.ficime.com/taux-dinteret-legal-1er-semestre-2018/), "
            + "S1 2021 = 2.37 % (https://www.dormane.fr/autres/taux-dinteret-des-penalites-de-retard/), "
            + "2009 = 11.37 % (https://jurisexpert.net/taux-dinteret-de-retard-quelles-regles)")
    void we23() {
        assertEquals(Rate.ofPercent("2.67"), rates.frenchCommercialRateFloor(LocalDate.of(2018, 3, 1)));
        assertEquals(Rate.ofPercent("2.37"), rates.frenchCommercialRateFloor(LocalDate.of(2021, 3, 1)));
        assertEquals(Rate.ofPercent("11.37"), rates.frenchCommercialRateFloor(LocalDate.of(2009, 3, 1)));
        assertEquals(Rate.ofPercent("11.37"), rates.frenchCommercialRateFloor(LocalDate.of(2009, 10, 1)));
    }

    @Test
    @DisplayName("WE-24: default B2B rate S1 2015 = 0.05 + 10 = 10.05 % "
            + "(https://nathalie-jay-avocat-reunion.com/post/quel-taux-d-intérêt-pour-vos-factures-commerciales-mars-2015); "
            + "from 1 January 2009 = ECB 2.50 % (since 10 Dec 2008) + 10 = 12.5 % "
            + "(https://chemouli-dauzier.typepad.fr/le_blog_du_cabinet_chemou/2008/12/taux-conseille-pour-les-penalites-de-retard.html)")
    void we24() {
        assertEquals(Rate.ofPercent("10.05"), rates.frenchCommercialDefaultRate(LocalDate.of(2015, 3, 1)));
        assertEquals(Rate.ofPercent("12.5"), rates.frenchCommercialDefaultRate(LocalDate.of(2009, 1, 1)));
        // The ECB cut to 2.00 % on 21 January 2009 does not change the rate of the semester.
        assertEquals(Rate.ofPercent("12.5"), rates.frenchCommercialDefaultRate(LocalDate.of(2009, 6, 30)));
        InterestStatement statement = calculator.statement(
                b2bInvoice("1000.00", LocalDate.of(2008, 12, 31), null), LocalDate.of(2009, 6, 30));
        assertEquals(List.of(Rate.ofPercent("12.5")), statement.lines().stream().map(InterestLine::rate).toList());
        assertEquals(181, statement.lines().get(0).days());
    }
}
