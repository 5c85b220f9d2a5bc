package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Bad input raises a typed {@link InvalidInterestRequestException} naming the field, the value and the rule.
 */
class InterestRequestTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static InterestRequest.Builder request(InterestRegime regime, Amount principal, LocalDate asOf) {
        return InterestRequest.builder().regime(regime).principal(principal).interestFrom(START).asOf(asOf);
    }

    private static InterestRequest.Builder b2b() {
        return request(InterestRegime.FRENCH_COMMERCIAL_RATE, Amount.euros("1000.00"), START.plusDays(90));
    }

    @Test
    @DisplayName("A period that ends before it starts is refused")
    void periodEndBeforeStart() {
        InvalidInterestRequestException e = assertThrows(InvalidInterestRequestException.class,
                () -> request(InterestRegime.FRENCH_COMMERCIAL_RATE, Amount.euros("1000.00"), START.minusDays(1)).build());
        assertEquals("asOf", e.field());
        assertEquals("2023-12-31", e.value());
        assertEquals("asOf 2023-12-31 is before interestFrom 2024-01-01", e.getMessage());
    }

    @Test
    @DisplayName("A negative principal, payment, cost or rate is refused")
    void negativeAmounts() {
        assertEquals("principal", assertThrows(InvalidInterestRequestException.class,
                () -> request(InterestRegime.FRENCH_COMMERCIAL_RATE, Amount.euros("-1.00"), START).build()).field());
        assertEquals("contractualRate", assertThrows(InvalidInterestRequestException.class,
                () -> b2b().contractualRate(Rate.ofPercent("-1")).build()).field());
        assertEquals("justifiedRecoveryCosts", assertThrows(InvalidInterestRequestException.class,
                () -> InterestOptions.builder().justifiedRecoveryCosts(Amount.euros("-5")).build()).field());
        assertEquals("fixedAmount", assertThrows(InvalidInterestRequestException.class,
                () -> FixedRecoveryCompensation.of(Amount.euros("-40"), Amount.euros(0), START,
                        org.recouvrement.law.Explanation.empty())).field());
        assertEquals("principal", assertThrows(InvalidInterestRequestException.class,
                () -> OutstandingDebt.builder().id("A").dueDate(START).principal(Amount.euros("-1")).build()).field());
        assertEquals("payment", assertThrows(InvalidInterestRequestException.class,
                () -> PaymentImputation.impute(Amount.euros("-1"), START, java.util.List.of())).field());
    }

    @Test
    @DisplayName("A statutory regime refuses a principal in another currency than the euro")
    void statutoryRegimeNeedsEuros() {
        Amount dollars = Amount.of(new BigDecimal("1000.00"), Currency.getInstance("USD"));
        InvalidInterestRequestException e = assertThrows(InvalidInterestRequestException.class,
                () -> request(InterestRegime.FRENCH_COMMERCIAL_RATE, dollars, START).build());
        assertEquals("currency", e.field());
        assertEquals("USD", e.value());
        for (InterestRegime regime : InterestRegime.values()) {
            if (regime.isStatutory()) {
                assertThrows(InvalidInterestRequestException.class,
                        () -> request(regime, dollars, START).build(), regime.toString());
            }
        }
        // A contractual rate may apply to another currency.
        InterestStatement statement = InterestCalculator.of(StatutoryRates.builtIn()).statement(InterestRequest.builder()
                .regime(InterestRegime.CONTRACTUAL_RATE).contractualRate(Rate.ofPercent("5")).principal(dollars)
                .interestFrom(START).asOf(LocalDate.of(2024, 12, 30)).build());
        assertEquals(Amount.of(new BigDecimal("50.00"), Currency.getInstance("USD")), statement.totalInterest());
        // And through a case file.
        Claim claim = Claim.builder().reference("USD").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.INVOICE).principal(dollars)
                .issueDate(START).dueDate(START.plusDays(30)).build();
        assertEquals("currency", assertThrows(InvalidInterestRequestException.class,
                () -> InterestCalculator.standard().statement(RecoveryCase.of(claim), START.plusDays(60))).field());
    }

    @Test
    @DisplayName("Payments in another currency or after the statement date are refused")
    void paymentsOutOfPlace() {
        assertEquals("payments", assertThrows(InvalidInterestRequestException.class, () -> b2b()
                .addPayment(new CaseEvent.PaymentReceived(START.plusDays(91), Amount.euros("1"))).build()).field());
        assertEquals("payments", assertThrows(InvalidInterestRequestException.class, () -> b2b()
                .addPayment(new CaseEvent.PaymentReceived(START.plusDays(10),
                        Amount.of(BigDecimal.ONE, Currency.getInstance("CHF")))).build()).field());
    }

    @Test
    @DisplayName("A contractual regime needs a rate; a judgment increase belongs to the French legal rate only; a "
            + "regime cannot contradict the governing law")
    void inconsistentRegimes() {
        assertEquals("contractualRate", assertThrows(InvalidInterestRequestException.class,
                () -> request(InterestRegime.CONTRACTUAL_RATE, Amount.euros("1.00"), START).build()).field());
        assertEquals("judgmentIncreaseFrom", assertThrows(InvalidInterestRequestException.class,
                () -> b2b().judgmentIncreaseFrom(START.plusDays(30)).build()).field());
        assertEquals("governingLaw", assertThrows(InvalidInterestRequestException.class,
                () -> b2b().governingLaw(Jurisdiction.BELGIUM).build()).field());
        assertEquals("governingLaw", assertThrows(InvalidInterestRequestException.class,
                () -> InterestOptions.builder().governingLaw(Jurisdiction.EUROPEAN_UNION).build()).field());
    }

    @Test
    @DisplayName("A request computes without a case file: 1,000 € at the 2024-S1 default rate for 91 days")
    void requestWithoutCaseFile() {
        InterestStatement statement = InterestCalculator.of(StatutoryRates.builtIn()).statement(b2b().build());
        assertEquals(Amount.euros("36.15"), statement.totalInterest());
        assertEquals(Rate.ofPercent("14.5"), statement.lines().get(0).rate());
    }
}
