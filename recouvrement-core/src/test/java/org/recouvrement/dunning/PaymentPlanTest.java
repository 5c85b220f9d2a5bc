package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Payment plans: instalments to the cent with the remainder on the last, interest if agreed, the two years a court
 * could grant (C. civ. art. 1343-5), the acknowledgement the agreement is (C. civ. art. 2240).
 */
class PaymentPlanTest {

    @Test
    @DisplayName("1 000 € in three monthly instalments: 333.33, 333.33, 333.34; a month's end is clamped")
    void evenSplit() {
        PaymentPlan plan = PaymentPlan.builder().amount(Amount.euros("1000.00")).instalmentCount(3)
                .firstDueDate(LocalDate.of(2026, 1, 31)).build();
        assertEquals(List.of(Amount.euros("333.33"), Amount.euros("333.33"), Amount.euros("333.34")),
                plan.instalments().stream().map(PlannedInstalment::amount).toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31)),
                plan.instalments().stream().map(PlannedInstalment::dueDate).toList());
        assertEquals(Amount.euros("1000.00"), plan.total());
        assertTrue(plan.totalInterest().isZero());
    }

    @Test
    @DisplayName("Interest at 5 % on the declining principal, actual days over 365, rounded to the cent")
    void withInterest() {
        // 1 200 € from 1 January 2026 in two monthly instalments from 1 February:
        // 1 200 × 5 % × 31 / 365 = 5.0958... -> 5.10; then 600 × 5 % × 28 / 365 = 2.3013... -> 2.30.
        PaymentPlan plan = PaymentPlan.builder().amount(Amount.euros("1200.00")).instalmentCount(2)
                .firstDueDate(LocalDate.of(2026, 2, 1)).annualRate(Rate.ofPercent("5"))
                .interestFrom(LocalDate.of(2026, 1, 1)).build();
        assertEquals(Amount.euros("605.10"), plan.instalments().get(0).amount());
        assertEquals(Amount.euros("602.30"), plan.instalments().get(1).amount());
        assertEquals(Amount.euros("7.40"), plan.totalInterest());
        assertEquals(Amount.euros("1207.40"), plan.total());
    }

    @Test
    @DisplayName("Fortnightly instalments follow the first by whole intervals")
    void otherInterval() {
        PaymentPlan plan = PaymentPlan.builder().amount(Amount.euros("100.00")).instalmentCount(3)
                .firstDueDate(LocalDate.of(2026, 3, 1)).interval(Period.ofDays(14)).build();
        assertEquals(LocalDate.of(2026, 3, 29), plan.lastDueDate());
    }

    @Test
    @DisplayName("Within two years a court could grant them; beyond, only by agreement (C. civ. art. 1343-5)")
    void courtLimit() {
        LocalDate agreed = LocalDate.of(2026, 3, 20);
        PaymentPlan twoYears = PaymentPlan.builder().amount(Amount.euros("2400.00")).instalmentCount(24)
                .firstDueDate(LocalDate.of(2026, 4, 1)).build();
        PaymentPlanAssessment within = twoYears.assess(agreed);
        assertTrue(within.isWithinCourtLimit());
        assertEquals(LocalDate.of(2028, 3, 20), within.courtLimit());
        assertTrue(within.explanation().references().stream().anyMatch(r -> r.display().equals("C. civ. art. 1343-5")));
        assertTrue(within.explanation().references().stream().anyMatch(r -> r.display().equals("C. civ. art. 2240")));
        PaymentPlan thirty = PaymentPlan.builder().amount(Amount.euros("3000.00")).instalmentCount(30)
                .firstDueDate(LocalDate.of(2026, 4, 1)).build();
        assertFalse(thirty.assess(agreed).isWithinCourtLimit());
        assertTrue(thirty.assess(agreed).toString().contains("binds only by agreement"));
    }

    @Test
    @DisplayName("Agreeing the plan is recorded on the case and acknowledges the debt: limitation restarts")
    void agreementAcknowledgesTheDebt() {
        RecoveryCase file = Claims.invoice("A", "1000.00", LocalDate.of(2021, 3, 1));
        LocalDate asOf = LocalDate.of(2026, 1, 10);
        LocalDate before = LimitationAssessor.assess(file, asOf).expiry().orElseThrow();
        PaymentPlan plan = PaymentPlan.builder().amount(Amount.euros("1000.00")).instalmentCount(4)
                .firstDueDate(LocalDate.of(2026, 2, 1)).build();
        CaseEvent.PaymentPlanAgreed agreed = plan.agreedOn(LocalDate.of(2026, 1, 5));
        assertEquals(4, agreed.instalments().size());
        assertEquals(Amount.euros("250.00"), agreed.instalments().get(3).amount());
        LocalDate after = LimitationAssessor.assess(file.withEvent(agreed), asOf).expiry().orElseThrow();
        assertTrue(after.isAfter(before), before + " -> " + after);
        assertEquals(LocalDate.of(2031, 1, 5), after);
    }

    @Test
    @DisplayName("A plan is checked: instalments from 1 to 360, a rate needs its start, the agreement comes first")
    void checks() {
        assertEquals("instalmentCount", assertThrows(InvalidPolicyException.class, () -> PaymentPlan.builder()
                .amount(Amount.euros("10.00")).instalmentCount(0).firstDueDate(LocalDate.of(2026, 1, 1)).build())
                .field());
        assertEquals("interestFrom", assertThrows(InvalidPolicyException.class, () -> PaymentPlan.builder()
                .amount(Amount.euros("10.00")).instalmentCount(2).firstDueDate(LocalDate.of(2026, 1, 1))
                .annualRate(Rate.ofPercent("3")).build()).field());
        assertEquals("amount", assertThrows(InvalidPolicyException.class, () -> PaymentPlan.builder()
                .amount(Amount.euros("0.00")).instalmentCount(2).firstDueDate(LocalDate.of(2026, 1, 1)).build())
                .field());
        PaymentPlan plan = PaymentPlan.builder().amount(Amount.euros("10.00")).instalmentCount(2)
                .firstDueDate(LocalDate.of(2026, 1, 1)).build();
        assertEquals("date", assertThrows(InvalidPolicyException.class,
                () -> plan.agreedOn(LocalDate.of(2026, 1, 2))).field());
    }
}
