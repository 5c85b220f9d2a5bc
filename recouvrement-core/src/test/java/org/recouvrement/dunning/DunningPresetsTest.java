package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.spi.PublicHolidayCalendar;
import org.recouvrement.testing.Samples;

/**
 * The shipped presets are valid under the law they claim. Sources: LEGAL-REFERENCE §3.2 and §5 (CDE book XIX: first
 * reminder free, 14 calendar days starting the third working day after a paper reminder or the day after an e-mail,
 * penalty caps; CPCE art. L111-8; C. com. art. L441-10, D441-5), §5.2 (the sequence in practice).
 */
class DunningPresetsTest {

    private static final List<DunningPolicy> PRESETS = List.of(DunningPresets.franceB2B(), DunningPresets.franceB2C(),
            DunningPresets.belgiumB2B(), DunningPresets.belgiumB2C());

    @Test
    @DisplayName("Every step of every preset cites its legal basis, or says it is practice and not law")
    void everyStepHasABasis() {
        for (DunningPolicy preset : PRESETS) {
            for (DunningStep step : preset.steps()) {
                if (step.isPractice()) {
                    assertTrue(step.basis().text().contains("Practice, not law"), preset.name() + " " + step.key());
                } else {
                    assertFalse(step.basis().references().isEmpty());
                }
                if (step.kind() == StepKind.FORMAL_NOTICE || step.kind().isTerminal()) {
                    assertTrue(step.requiresValidation(), preset.name() + " " + step.key());
                }
            }
        }
    }

    @Test
    @DisplayName("France B2C claims no costs at any step: without a title, recovery costs stay with the creditor")
    void franceB2CChargesNoCosts() {
        DunningPolicy preset = DunningPresets.franceB2C();
        assertTrue(preset.steps().stream().noneMatch(DunningStep::chargesCosts));
        assertTrue(preset.step("firm-reminder").orElseThrow().basis().references().stream()
                .map(LegalReference::display).anyMatch("CPCE art. L111-8"::equals));
        assertTrue(preset.step("formal-notice").orElseThrow().basis().references().stream()
                .map(LegalReference::display).anyMatch("C. civ. art. 1344-1"::equals));
    }

    @Test
    @DisplayName("France B2B claims the penalties and the 40 € compensation from the firm reminder, citing L441-10 and D441-5")
    void franceB2BClaimsCompensation() {
        DunningStep firm = DunningPresets.franceB2B().step("firm-reminder").orElseThrow();
        assertTrue(firm.chargesCosts());
        assertEquals(List.of("C. com. art. L441-10", "C. com. art. D441-5"),
                firm.basis().references().stream().map(LegalReference::display).toList());
        assertFalse(DunningPresets.franceB2B().step("courteous-reminder").orElseThrow().chargesCosts());
    }

    @Test
    @DisplayName("Belgium B2C, as a policy: the first step is a free written reminder citing CDE XIX.2; costs come after")
    void belgiumB2CPolicyFollowsBookXix() {
        DunningPolicy preset = DunningPresets.belgiumB2C();
        DunningStep first = preset.steps().get(0);
        assertTrue(first.kind().isContact());
        assertTrue(first.channels().stream().anyMatch(Channel::isWritten));
        assertFalse(first.chargesCosts());
        assertEquals("CDE art. XIX.2", first.basis().references().get(0).display());
        DunningStep second = preset.steps().get(1);
        assertTrue(second.chargesCosts());
        // A paper reminder: at most ten calendar days to the third working day (a long weekend and holidays), then
        // fourteen days of wait: the second step's own delay covers the wait on ordinary weeks.
        assertEquals(Anchor.PREVIOUS_STEP, second.trigger().anchor());
        assertTrue(second.trigger().offset() >= 3 + ConsumerDebtRules.WAITING_DAYS);
    }

    /**
     * The first day costs may be claimed after a first reminder, computed from CDE book XIX as LEGAL-REFERENCE §3.2
     * words it: 14 calendar days starting the third working day after a paper reminder is sent, or the day after an
     * e-mail; costs may be claimed once the 14 days have run.
     */
    private static LocalDate costsAllowedFrom(LocalDate sent, boolean paper) {
        PublicHolidayCalendar belgium = Calendars.forTerritory(Territory.BELGIUM);
        LocalDate start = sent.plusDays(1);
        if (paper) {
            int working = 0;
            start = sent;
            while (working < 3) {
                start = start.plusDays(1);
                if (belgium.isWorkingDay(start)) {
                    working++;
                }
            }
        }
        return start.plusDays(14);
    }

    @Test
    @DisplayName("Book XIX wait, worked example: a letter sent Friday 3 April 2026 (Easter Monday 6 April off): costs from 23 April")
    void waitWorkedExample() {
        assertEquals(LocalDate.of(2026, 4, 9), ConsumerDebtRules.waitingStart(LocalDate.of(2026, 4, 3), true));
        assertEquals(LocalDate.of(2026, 4, 23), ConsumerDebtRules.costsFrom(LocalDate.of(2026, 4, 3), true));
        assertEquals(LocalDate.of(2026, 4, 23), costsAllowedFrom(LocalDate.of(2026, 4, 3), true));
        assertEquals(LocalDate.of(2026, 4, 18), ConsumerDebtRules.costsFrom(LocalDate.of(2026, 4, 3), false));
    }

    private static RecoveryCase belgianConsumerInvoice(String reference, LocalDate due, Amount principal) {
        Party creditor = Samples.belgianCompany();
        Claim claim = Claim.builder().reference(reference).creditor(creditor).debtor(Samples.belgianConsumer())
                .origin(ClaimOrigin.INVOICE).principal(principal).issueDate(due.minusDays(30))
                .performanceDate(due.minusDays(30)).dueDate(due).penaltyClause(Amount.euros("100.00")).build();
        return RecoveryCase.of(claim);
    }

    @Test
    @DisplayName("Belgium B2C, in use over a year of due dates: the first reminder is free and no cost comes before the wait")
    void belgiumB2CInUse() {
        for (LocalDate due = LocalDate.of(2026, 1, 1); due.getYear() == 2026; due = due.plusDays(1)) {
            Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard())
                    .with(belgianConsumerInvoice("BE-1", due, Amount.euros("300.00")));
            List<DunningDecision> decisions = portfolio.daily(due, due.plusDays(50), true);
            LocalDate firstReminder = null;
            LocalDate firstCosts = null;
            for (DunningDecision decision : decisions) {
                for (ProposedAction action : decision.actions()) {
                    ActionItem item = action.items().get(0);
                    if (firstReminder == null) {
                        assertEquals("first-reminder", action.step().orElseThrow().key(), due.toString());
                        assertFalse(item.claimsCosts(), due.toString());
                        firstReminder = decision.asOf();
                    } else if (item.claimsCosts() && firstCosts == null) {
                        firstCosts = decision.asOf();
                    }
                }
            }
            assertTrue(firstCosts != null, due.toString());
            assertFalse(firstCosts.isBefore(costsAllowedFrom(firstReminder, true)),
                    due + ": costs claimed on " + firstCosts + " after a first reminder of " + firstReminder);
        }
    }

    @Test
    @DisplayName("Belgium B2C amounts: the free first reminder claims no penalty; the second claims it within the caps")
    void belgiumB2CAmounts() {
        LocalDate due = LocalDate.of(2026, 3, 2);
        Portfolio portfolio = new Portfolio(DunningPlanner.standard(), PolicySet.standard())
                .with(belgianConsumerInvoice("BE-1", due, Amount.euros("300.00")));
        DunningDecision first = portfolio.decide(due.plusDays(7));
        ClaimedAmounts free = first.actions().get(0).items().get(0).amounts();
        assertTrue(free.penalty().isZero());
        assertTrue(free.compensation().isZero());
        assertTrue(free.explanation().toString().contains("free of charge"));
        portfolio.executeAll(first);
        DunningDecision second = portfolio.decide(due.plusDays(40));
        ActionItem item = second.actions().get(0).items().get(0);
        assertTrue(item.claimsCosts());
        // 300 € outstanding: cap 30 € + 10 % of the part above 150 € = 45 €, below the 100 € clause.
        assertEquals(Amount.euros("45.00"), item.amounts().penalty());
        assertTrue(item.amounts().explanation().toString().contains("14-day wait after the free first reminder"));
    }

    @Test
    @DisplayName("Book XIX penalty caps: 20 € up to 150 €, 30 € + 10 %, 65 € + 5 %, 2 000 € at most")
    void penaltyCaps() {
        assertEquals(Amount.euros("20.00"), ConsumerDebtRules.penaltyCap(Amount.euros("150.00")));
        assertEquals(Amount.euros("30.00"), ConsumerDebtRules.penaltyCap(Amount.euros("150.01")));
        assertEquals(Amount.euros("65.00"), ConsumerDebtRules.penaltyCap(Amount.euros("500.00")));
        assertEquals(Amount.euros("115.00"), ConsumerDebtRules.penaltyCap(Amount.euros("1500.00")));
        assertEquals(Amount.euros("2000.00"), ConsumerDebtRules.penaltyCap(Amount.euros("50000.00")));
    }

    @Test
    @DisplayName("The standard set gives each segment its preset; overrides per claim and per debtor come first")
    void standardSet() {
        PolicySet standard = PolicySet.standard();
        LocalDate day = LocalDate.of(2026, 1, 1);
        assertEquals("France B2C", standard.policyFor(Samples.invoiceToConsumer(day)).name());
        assertEquals("France B2B", standard.policyFor(Samples.invoiceBetweenMerchants(day)).name());
        assertEquals("Belgium B2C",
                standard.policyFor(belgianConsumerInvoice("X", day, Amount.euros("10.00")).claim()).name());
        assertEquals("Belgium B2B", standard.policyFor(Samples.invoice(Samples.frenchCompany(),
                Samples.belgianCompany(), Amount.euros(10), day, day)).name());
        assertEquals("France B2B", standard.policyFor(Samples.invoice(Samples.frenchCompany(),
                Samples.germanCompany(), Amount.euros(10), day, day)).name());

        DunningPolicy patient = DunningPresets.franceB2B().withName("patient").withMinimumSpacingDays(15);
        DunningPolicy special = DunningPresets.franceB2B().withName("special");
        Claim claim = Samples.invoiceBetweenMerchants(day);
        PolicySet overridden = standard.withDebtorPolicy(claim.debtor(), patient);
        assertEquals("patient", overridden.policyFor(claim).name());
        PolicySet both = overridden.withClaimPolicy(claim.reference(), special);
        assertEquals("special", both.policyFor(claim).name());
    }
}
