package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.spi.StatutoryRateSeries;
import org.recouvrement.testing.Samples;

/**
 * Cases derived from the rules of LEGAL-REFERENCE §4 (origin D): each expected figure was computed by hand as
 * base × rate × days / 365, rounded to the cent half-up per line, with the rates of the tables of §4.2-§4.4 named in
 * the comment.
 */
class InterestCalculatorTest {

    private final InterestCalculator calculator = InterestCalculator.of(StatutoryRates.builtIn());

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static RecoveryCase invoice(Party creditor, Party debtor, String principal, LocalDate dueDate,
            CaseEvent... events) {
        return RecoveryCase.of(Samples.invoice(creditor, debtor, Amount.euros(principal), dueDate.minusDays(30),
                dueDate), List.of(events));
    }

    private static RecoveryCase b2b(String principal, LocalDate dueDate, CaseEvent... events) {
        return invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(), principal, dueDate, events);
    }

    private static RecoveryCase b2bWithRate(String principal, LocalDate dueDate, String rate) {
        return RecoveryCase.of(Claim.builder().reference("INV-R").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.INVOICE).principal(Amount.euros(principal))
                .issueDate(dueDate.minusDays(30)).dueDate(dueDate).contractualInterestRate(Rate.ofPercent(rate))
                .build());
    }

    private static Party belgianSupplier() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Staalwerken Gent BV")
                .address(Samples.address("9000", "Gent", "BE")).build();
    }

    private static List<Amount> interests(InterestStatement statement) {
        return statement.lines().stream().map(InterestLine::interest).toList();
    }

    private static List<Rate> rates(InterestStatement statement) {
        return statement.lines().stream().map(InterestLine::rate).toList();
    }

    private static List<Amount> euros(String... values) {
        return java.util.Arrays.stream(values).map(Amount::euros).toList();
    }

    private static List<Rate> percents(String... values) {
        return java.util.Arrays.stream(values).map(Rate::ofPercent).toList();
    }

    // French B2B penalties, C. com. L441-10

    @Test
    @DisplayName("B2B across a semester boundary: 12.50 % in 2023-S1 (ECB 2.50 on 1 Jan) then 14.00 % in 2023-S2 "
            + "(ECB 4.00 on 1 Jul, since 21 Jun)")
    void semesterStraddlingDefaultRate() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2023, 5, 31)), date(2023, 8, 31));
        assertEquals(percents("12.50", "14.00"), rates(statement));
        assertEquals(euros("102.74", "237.81"), interests(statement));
        assertEquals(List.of(30, 62), statement.lines().stream().map(InterestLine::days).toList());
        assertEquals(date(2023, 6, 1), statement.lines().get(0).from());
        assertEquals(date(2023, 6, 30), statement.lines().get(0).to());
        assertEquals(date(2023, 7, 1), statement.lines().get(1).from());
        assertEquals(Amount.euros("340.55"), statement.totalInterest());
        assertEquals(InterestRegime.FRENCH_COMMERCIAL_RATE, statement.regime());
        assertEquals("C. com. art. L441-10", statement.lines().get(1).reference().display());
        assertTrue(statement.lines().get(1).rateSource().instrument().contains("21 Jun 2023"));
    }

    @Test
    @DisplayName("B2B 2024-S1 without a clause: the default 14.50 % applies although three times the legal rate is "
            + "15.21 % (LEGAL-REFERENCE §4.1: the floor does not raise the default rate)")
    void floorDoesNotRaiseTheDefaultRate() {
        InterestStatement statement = calculator.statement(b2b("5000.00", date(2023, 12, 31)), date(2024, 3, 31));
        assertEquals(percents("14.50"), rates(statement));
        assertEquals(euros("180.75"), interests(statement));
        assertTrue(statement.lines().get(0).notes().isEmpty());
    }

    @Test
    @DisplayName("B2B 2024-S1 with a 12 % clause: below the floor 3 × 5.07 % = 15.21 %, the floor applies and is reported")
    void contractualRateBelowTheFloor() {
        InterestStatement statement = calculator.statement(b2bWithRate("5000.00", date(2023, 12, 31), "12"),
                date(2024, 3, 31));
        assertEquals(percents("15.21"), rates(statement));
        assertEquals(euros("189.60"), interests(statement));
        assertTrue(statement.lines().get(0).hasNote(LineNote.FLOOR_APPLIED));
        assertTrue(statement.explanation().toString().contains("12.00% is below three times the legal rate"));
    }

    @Test
    @DisplayName("B2B 2024-S1 with an 18 % clause: above the floor, the contractual rate applies")
    void contractualRateAboveTheFloor() {
        InterestStatement statement = calculator.statement(b2bWithRate("5000.00", date(2023, 12, 31), "18"),
                date(2024, 3, 31));
        assertEquals(percents("18"), rates(statement));
        assertEquals(euros("224.38"), interests(statement));
        assertEquals("contractual clause on late-payment interest", statement.lines().get(0).rateSource().instrument());
    }

    @Test
    @DisplayName("B2B 15 % clause over 2024: floor 15.21 % in S1, the clause itself in S2 (floor 3 × 4.92 = 14.76 %)")
    void floorChangesWithTheSemester() {
        InterestStatement statement = calculator.statement(b2bWithRate("5000.00", date(2024, 5, 31), "15"),
                date(2024, 8, 31));
        assertEquals(percents("15.21", "15"), rates(statement));
        assertEquals(euros("62.51", "127.40"), interests(statement));
        assertTrue(statement.lines().get(0).hasNote(LineNote.FLOOR_APPLIED));
        assertFalse(statement.lines().get(1).hasNote(LineNote.FLOOR_APPLIED));
    }

    @Test
    @DisplayName("B2B partial payment mid-semester: 3,000 € on 30 Sep 2024 pays 359.18 € of interest, the 40 € "
            + "compensation, then 2,600.82 € of principal (C. civ. 1343-1); the base falls from 1 Oct")
    void partialPaymentMidPeriod() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2024, 6, 30),
                new CaseEvent.PaymentReceived(date(2024, 9, 30), Amount.euros("3000.00"))), date(2024, 12, 31));
        assertEquals(euros("359.18", "265.76"), interests(statement));
        assertEquals(euros("10000.00", "7399.18"), statement.lines().stream().map(InterestLine::base).toList());
        ImputedPayment payment = statement.payments().get(0);
        assertEquals(Amount.euros("359.18"), payment.toInterest());
        assertEquals(Amount.euros("40.00"), payment.toCosts());
        assertEquals(Amount.euros("2600.82"), payment.toPrincipal());
        assertEquals(Amount.euros("624.94"), statement.totalInterest());
        assertEquals(Amount.euros("265.76"), statement.outstandingInterest());
        assertEquals(Amount.euros("7399.18"), statement.outstandingPrincipal());
        assertEquals(Amount.zero(Amount.EUR), statement.outstandingCosts());
        assertEquals(Amount.euros("7664.94"), statement.balance());
    }

    @Test
    @DisplayName("B2B two partial payments across semesters: each pays interest first, the base steps down twice")
    void twoPartialPayments() {
        InterestStatement statement = calculator.statement(b2b("8000.00", date(2024, 3, 31),
                new CaseEvent.PaymentReceived(date(2024, 5, 15), Amount.euros("2000.00")),
                new CaseEvent.PaymentReceived(date(2024, 8, 20), Amount.euros("2000.00"))), date(2024, 12, 31));
        assertEquals(euros("143.01", "112.99", "123.11", "229.46"), interests(statement));
        assertEquals(euros("8000.00", "6183.01", "6183.01", "4419.11"),
                statement.lines().stream().map(InterestLine::base).toList());
        assertEquals(percents("14.50", "14.50", "14.25", "14.25"), rates(statement));
        assertEquals(Amount.euros("236.10"), statement.payments().get(1).toInterest());
        assertEquals(Amount.euros("1763.90"), statement.payments().get(1).toPrincipal());
        assertEquals(Amount.euros("608.57"), statement.totalInterest());
        assertEquals(Amount.euros("4648.57"), statement.balance());
    }

    @Test
    @DisplayName("Fixed compensation of 40 € per invoice between professionals (C. com. D441-5), without reminder")
    void fixedCompensationBetweenProfessionals() {
        InterestStatement statement = calculator.statement(b2b("1000.00", date(2024, 1, 31)), date(2024, 2, 10));
        assertEquals(Amount.euros("40.00"), statement.compensation().total());
        assertEquals(Optional.of(date(2024, 2, 1)), statement.compensation().dueFrom());
        assertEquals(Amount.euros("40.00"), statement.outstandingCosts());
        assertTrue(statement.compensation().explanation().references().contains(FixedRecoveryCompensation.REFERENCE));
    }

    @Test
    @DisplayName("No fixed compensation from a consumer, nor for a delay that began before 1 January 2013")
    void noCompensationFromConsumerNorBefore2013() {
        RecoveryCase consumer = invoice(Samples.frenchCompany(), Samples.frenchConsumer(), "1000.00",
                date(2024, 1, 31), new CaseEvent.FormalNoticeDelivered(date(2024, 2, 5)));
        FixedRecoveryCompensation none = calculator.statement(consumer, date(2024, 6, 30)).compensation();
        assertFalse(none.isOwed());
        assertTrue(none.explanation().toString().contains("never owed by a consumer"));
        FixedRecoveryCompensation old = calculator.compensation(b2b("1000.00", date(2012, 12, 30)),
                date(2013, 3, 1), InterestOptions.defaults());
        assertFalse(old.isOwed());
        FixedRecoveryCompensation first = calculator.compensation(b2b("1000.00", date(2012, 12, 31)),
                date(2013, 3, 1), InterestOptions.defaults());
        assertTrue(first.isOwed());
    }

    @Test
    @DisplayName("Proven recovery costs of 180 € give 140 € of further compensation beyond the fixed 40 € "
            + "(C. com. L441-10 II)")
    void furtherCompensation() {
        FixedRecoveryCompensation compensation = calculator.compensation(b2b("1000.00", date(2024, 1, 31)),
                date(2024, 3, 1), InterestOptions.builder().justifiedRecoveryCosts(Amount.euros("180.00")).build());
        assertEquals(Amount.euros("40.00"), compensation.fixedAmount());
        assertEquals(Amount.euros("140.00"), compensation.additionalCompensation());
        assertEquals(Amount.euros("180.00"), compensation.total());
    }

    @Test
    @DisplayName("Insolvency opened on 15 March 2024 stops the penalties on a claim born before it (C. com. L622-28)")
    void insolvencyStopsInterest() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2023, 12, 31),
                new CaseEvent.InsolvencyOpened(date(2024, 3, 15), InsolvencyKind.REORGANISATION, Optional.empty())),
                date(2024, 6, 30));
        assertEquals(1, statement.lines().size());
        assertEquals(date(2024, 3, 14), statement.lines().get(0).to());
        assertEquals(Amount.euros("293.97"), statement.totalInterest());
        assertTrue(statement.explanation().references().contains(
                org.recouvrement.law.LegalCode.COMMERCIAL_CODE.article("L622-28")));
        InterestStatement excepted = calculator.statement(b2b("10000.00", date(2023, 12, 31),
                new CaseEvent.InsolvencyOpened(date(2024, 3, 15), InsolvencyKind.REORGANISATION, Optional.empty())),
                date(2024, 6, 30), InterestOptions.builder().insolvencyStopWaived(true).build());
        assertEquals(date(2024, 6, 30), excepted.lines().get(excepted.lines().size() - 1).to());
    }

    @Test
    @DisplayName("Insolvency opened before the due date: no fixed compensation, payment at the due date was prohibited")
    void insolvencyBeforeDueDate() {
        RecoveryCase file = b2b("1000.00", date(2024, 3, 31),
                new CaseEvent.InsolvencyOpened(date(2024, 3, 20), InsolvencyKind.SAFEGUARD, Optional.empty()));
        InterestStatement statement = calculator.statement(file, date(2024, 5, 31));
        assertFalse(statement.compensation().isOwed());
        assertTrue(statement.lines().isEmpty());
    }

    @Test
    @DisplayName("A delay before 2009 raises UnknownStatutoryRateException: the library holds L441-10 from 2009 only")
    void beforeTheRulesTheLibraryHolds() {
        UnknownStatutoryRateException e = assertThrows(UnknownStatutoryRateException.class,
                () -> calculator.statement(b2b("1000.00", date(2008, 10, 31)), date(2009, 2, 1)));
        assertEquals(EffectivePeriod.ofHalfOpen(date(2008, 7, 1), date(2009, 1, 1)), e.period());
    }

    @Test
    @DisplayName("2026-S2 is unknown: UnknownStatutoryRateException names the ECB series and the semester")
    void unknownSemester() {
        UnknownStatutoryRateException e = assertThrows(UnknownStatutoryRateException.class,
                () -> calculator.statement(b2b("1000.00", date(2026, 6, 30)), date(2026, 9, 30)));
        assertEquals(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, e.series());
        assertEquals(EffectivePeriod.ofHalfOpen(date(2026, 7, 1), date(2027, 1, 1)), e.period());
        assertTrue(e.getMessage().contains("2026-07-01"));
    }

    @Test
    @DisplayName("Opting into the latest known rate: 2026-S2 at 12.15 %, flagged on the line and explained")
    void latestKnownRate() {
        InterestStatement statement = calculator.statement(b2b("1000.00", date(2026, 6, 30)), date(2026, 9, 30),
                InterestOptions.builder().unknownRatePolicy(UnknownRatePolicy.USE_LATEST_KNOWN_RATE).build());
        assertEquals(percents("12.15"), rates(statement));
        assertEquals(euros("30.62"), interests(statement));
        assertTrue(statement.lines().get(0).hasNote(LineNote.LATEST_KNOWN_RATE_ASSUMED));
        assertTrue(statement.assumesUnpublishedRates());
        assertTrue(statement.explanation().toString().contains("is assumed, as the caller asked"));
    }

    @Test
    @DisplayName("A due date postponed by agreement moves the start of the penalties")
    void postponedDueDate() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2023, 4, 30),
                new CaseEvent.DueDatePostponed(date(2023, 4, 20), date(2023, 5, 31))), date(2023, 8, 31));
        assertEquals(date(2023, 6, 1), statement.interestFrom().orElseThrow());
        assertEquals(Amount.euros("340.55"), statement.totalInterest());
    }

    @Test
    @DisplayName("A credit note reduces the base from the next day without being imputed to interest")
    void creditNote() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2024, 12, 31),
                new CaseEvent.CreditNoteIssued(date(2025, 2, 15), Amount.euros("2500.00"))), date(2025, 3, 31));
        assertEquals(euros("165.73", "118.89"), interests(statement));
        assertEquals(Amount.euros("2500.00"), statement.creditNotes());
        assertEquals(Amount.euros("7500.00"), statement.outstandingPrincipal());
    }

    @Test
    @DisplayName("An overpayment is reported as unapplied, never as a negative balance")
    void overpayment() {
        InterestStatement statement = calculator.statement(b2b("100.00", date(2024, 1, 31),
                new CaseEvent.PaymentReceived(date(2024, 2, 29), Amount.euros("500.00"))), date(2024, 3, 31));
        assertTrue(statement.unappliedPayments().isPositive());
        assertEquals(Amount.zero(Amount.EUR), statement.balance());
        ImputedPayment payment = statement.payments().get(0);
        assertEquals(payment.amount(), payment.toInterest().plus(payment.toCosts()).plus(payment.toPrincipal())
                .plus(payment.unapplied()));
    }

    // French legal rate, C. civ. 1231-6 and 1344-1

    @Test
    @DisplayName("Professional creditor against a consumer: legal rate \"all other cases\" from the day after the formal "
            + "notice, 5.07 % then 4.92 % (2024)")
    void legalRateProfessionalCreditor() {
        InterestStatement statement = calculator.statement(invoice(Samples.frenchCompany(), Samples.frenchConsumer(),
                "1000.00", date(2024, 1, 31), new CaseEvent.FormalNoticeDelivered(date(2024, 3, 15))),
                date(2024, 9, 30));
        assertEquals(InterestRegime.FRENCH_LEGAL_RATE, statement.regime());
        assertEquals(percents("5.07", "4.92"), rates(statement));
        assertEquals(euros("14.86", "12.40"), interests(statement));
        assertEquals(date(2024, 3, 16), statement.lines().get(0).from());
        assertEquals("C. civ. art. 1231-6", statement.lines().get(0).reference().display());
    }

    @Test
    @DisplayName("Private creditor (a natural person not acting professionally): the higher legal rate, 8.01 % then "
            + "8.16 % (2024)")
    void legalRatePrivateCreditor() {
        InterestStatement statement = calculator.statement(invoice(Samples.frenchConsumer(),
                Samples.frenchConsumerAt("13001", "Marseille"), "1000.00", date(2024, 1, 31),
                new CaseEvent.FormalNoticeDelivered(date(2024, 3, 15))), date(2024, 9, 30));
        assertEquals(percents("8.01", "8.16"), rates(statement));
        assertEquals(euros("23.48", "20.57"), interests(statement));
        assertTrue(statement.explanation().toString().contains("natural person not acting for professional needs"));
    }

    @Test
    @DisplayName("Without a formal notice, moratory interest at the legal rate has not started (C. civ. 1344-1)")
    void legalRateNeedsFormalNotice() {
        RecoveryCase file = invoice(Samples.frenchCompany(), Samples.frenchConsumer(), "1000.00", date(2024, 1, 31),
                new CaseEvent.PaymentReceived(date(2024, 3, 1), Amount.euros("100.00")));
        InterestStatement statement = calculator.statement(file, date(2024, 9, 30));
        assertTrue(statement.lines().isEmpty());
        assertTrue(statement.interestFrom().isEmpty());
        assertEquals(Amount.euros("900.00"), statement.balance());
        assertTrue(statement.explanation().toString().contains("No formal notice delivered"));
    }

    @Test
    @DisplayName("A writ served on the debtor counts as a formal notice (C. civ. 1344)")
    void writCountsAsFormalNotice() {
        InterestStatement statement = calculator.statement(invoice(Samples.frenchCompany(), Samples.frenchConsumer(),
                "1000.00", date(2024, 1, 31), new CaseEvent.CourtActionFiled(date(2024, 3, 15),
                        CourtProceedings.PROCEEDINGS_ON_THE_MERITS)), date(2024, 9, 30));
        assertEquals(euros("14.86", "12.40"), interests(statement));
    }

    @Test
    @DisplayName("A formal notice before the due date: interest runs from the day after the due date")
    void noticeBeforeDueDate() {
        InterestStatement statement = calculator.statement(invoice(Samples.frenchCompany(), Samples.frenchConsumer(),
                "1000.00", date(2024, 3, 15), new CaseEvent.FormalNoticeDelivered(date(2024, 3, 1))),
                date(2024, 9, 30));
        assertEquals(date(2024, 3, 16), statement.interestFrom().orElseThrow());
    }

    @Test
    @DisplayName("Judgment served 10 April 2024: +5 points from 11 June 2024, when two months have passed "
            + "(CMF L313-3): 5.07 %, 10.07 %, then 9.92 %")
    void judgmentIncrease() {
        RecoveryCase file = invoice(Samples.frenchCompany(), Samples.frenchConsumer(), "2000.00", date(2024, 1, 15),
                new CaseEvent.FormalNoticeDelivered(date(2024, 2, 1)),
                new CaseEvent.DecisionRendered(date(2024, 3, 20), DecisionKind.JUDGMENT, Optional.empty()),
                new CaseEvent.DecisionServed(date(2024, 4, 10)));
        InterestStatement statement = calculator.statement(file, date(2024, 9, 30));
        assertEquals(percents("5.07", "10.07", "9.92"), rates(statement));
        assertEquals(euros("36.12", "11.04", "50.01"), interests(statement));
        assertEquals(date(2024, 6, 11), statement.lines().get(1).from());
        assertTrue(statement.lines().get(1).hasNote(LineNote.JUDGMENT_INCREASE));
        assertEquals("CMF art. L313-3", statement.lines().get(1).reference().display());
        InterestStatement waived = calculator.statement(file, date(2024, 9, 30),
                InterestOptions.builder().judgmentIncreaseWaived(true).build());
        assertEquals(percents("5.07", "4.92"), rates(waived));
    }

    @Test
    @DisplayName("LEGAL-REFERENCE §4.2 example: in 2010 the increased legal rate is 0.65 % + 5 = 5.65 % "
            + "(https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072026/articles/LEGIARTI000006652082)")
    void judgmentIncrease2010() {
        RecoveryCase file = invoice(Samples.frenchCompany(), Samples.frenchConsumer(), "10000.00", date(2009, 12, 1),
                new CaseEvent.FormalNoticeDelivered(date(2009, 12, 31)), new CaseEvent.DecisionServed(date(2010, 1, 15)));
        InterestStatement statement = calculator.statement(file, date(2010, 12, 31));
        assertEquals(percents("0.65", "5.65"), rates(statement));
        assertEquals(euros("13.18", "450.45"), interests(statement));
    }

    @Test
    @DisplayName("The five-point increase does not touch B2B penalties: the L441-10 rate continues after a judgment")
    void judgmentIncreaseOnlyForLegalRate() {
        InterestStatement statement = calculator.statement(b2b("10000.00", date(2023, 5, 31),
                new CaseEvent.DecisionServed(date(2023, 6, 5))), date(2023, 8, 31));
        assertEquals(percents("12.50", "14.00"), rates(statement));
        assertTrue(statement.explanation().toString().contains("applies to the legal rate only"));
    }

    // Capitalisation, C. civ. 1343-2

    @Test
    @DisplayName("Capitalisation by contract after one whole year: 1,000 € of 2023 interest bears interest in 2024")
    void capitalisationAfterOneYear() {
        Claim claim = Claim.builder().reference("LOAN").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.CONTRACT).principal(Amount.euros("10000.00"))
                .issueDate(date(2022, 12, 1)).dueDate(date(2022, 12, 31)).contractualInterestRate(Rate.ofPercent("10"))
                .capitalisationClause(true).build();
        InterestOptions contractual = InterestOptions.builder().regime(InterestRegime.CONTRACTUAL_RATE).build();
        InterestStatement statement = calculator.statement(RecoveryCase.of(claim), date(2024, 12, 31), contractual);
        assertEquals(euros("1000.00", "1103.01"), interests(statement));
        assertEquals(euros("10000.00", "11000.00"), statement.lines().stream().map(InterestLine::base).toList());
        assertEquals(1, statement.capitalisations().size());
        assertEquals(date(2024, 1, 1), statement.capitalisations().get(0).date());
        assertEquals(Amount.euros("2103.01"), statement.totalInterest());
        // Between professionals the 40 € compensation is owed whatever the interest regime (C. com. D441-5).
        assertEquals(Amount.euros("40.00"), statement.outstandingCosts());
        assertEquals(Amount.euros("12143.01"), statement.balance());
        // Not before a whole year: on 31 December 2023 nothing is capitalised yet.
        assertTrue(calculator.statement(RecoveryCase.of(claim), date(2023, 12, 31), contractual)
                .capitalisations().isEmpty());
    }

    @Test
    @DisplayName("Without a clause or a judgment interest is never capitalised: 2,002.74 € over the same two years")
    void noCapitalisationWithoutClause() {
        Claim claim = Claim.builder().reference("LOAN").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.CONTRACT).principal(Amount.euros("10000.00"))
                .issueDate(date(2022, 12, 1)).dueDate(date(2022, 12, 31)).contractualInterestRate(Rate.ofPercent("10"))
                .build();
        InterestStatement statement = calculator.statement(RecoveryCase.of(claim), date(2024, 12, 31),
                InterestOptions.builder().regime(InterestRegime.CONTRACTUAL_RATE).build());
        assertEquals(euros("2002.74"), interests(statement));
        assertTrue(statement.capitalisations().isEmpty());
    }

    @Test
    @DisplayName("Capitalisation ordered by a judgment from 1 June 2024: only anniversaries from that date count")
    void judicialCapitalisation() {
        Claim claim = Claim.builder().reference("LOAN").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.CONTRACT).principal(Amount.euros("10000.00"))
                .issueDate(date(2021, 12, 1)).dueDate(date(2021, 12, 31)).contractualInterestRate(Rate.ofPercent("10"))
                .build();
        InterestStatement statement = calculator.statement(RecoveryCase.of(claim), date(2025, 12, 31),
                InterestOptions.builder().regime(InterestRegime.CONTRACTUAL_RATE)
                        .judicialCapitalisationFrom(date(2024, 6, 1)).build());
        assertEquals(euros("3002.74", "1300.27"), interests(statement));
        assertEquals(date(2025, 1, 1), statement.capitalisations().get(0).date());
        assertEquals(Amount.euros("3002.74"), statement.capitalisations().get(0).amount());
    }

    // Day count

    @Test
    @DisplayName("Day count 366 in leap years, as an explicit option: 10 % over 2024 gives 1,000.00 € instead of "
            + "1,002.74 €, and the statement says which convention was used")
    void dayCount366() {
        Claim claim = Claim.builder().reference("C").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.CONTRACT).principal(Amount.euros("10000.00"))
                .issueDate(date(2023, 11, 1)).dueDate(date(2023, 11, 30)).contractualInterestRate(Rate.ofPercent("10"))
                .build();
        InterestOptions leap = InterestOptions.builder().regime(InterestRegime.CONTRACTUAL_RATE)
                .dayCount(DayCount.ACTUAL_366_IN_LEAP_YEARS).build();
        InterestStatement statement = calculator.statement(RecoveryCase.of(claim), date(2024, 1, 31), leap);
        assertEquals(euros("84.93", "84.70"), interests(statement));
        assertEquals(List.of(365, 366), statement.lines().stream().map(InterestLine::yearLength).toList());
        assertTrue(statement.explanation().toString().contains("366"));
        InterestStatement usual = calculator.statement(RecoveryCase.of(claim), date(2024, 1, 31),
                InterestOptions.builder().regime(InterestRegime.CONTRACTUAL_RATE).build());
        assertEquals(1, usual.lines().size());
        assertTrue(usual.explanation().toString().contains("Day count: actual days / 365"));
    }

    // Belgium

    @Test
    @DisplayName("Belgian B2B: 12.5 % in both semesters of 2024 (law of 2 August 2002) and 40 € compensation")
    void belgianCommercialRate() {
        InterestStatement statement = calculator.statement(invoice(belgianSupplier(), Samples.belgianCompany(),
                "10000.00", date(2023, 12, 31)), date(2024, 12, 31));
        assertEquals(InterestRegime.BELGIAN_COMMERCIAL_RATE, statement.regime());
        assertEquals(percents("12.5", "12.5"), rates(statement));
        assertEquals(euros("623.29", "630.14"), interests(statement));
        assertEquals(Amount.euros("40.00"), statement.compensation().total());
        assertEquals(Jurisdiction.BELGIUM, statement.lines().get(0).reference().jurisdiction());
    }

    @Test
    @DisplayName("Belgian B2B in 2013: 9 % in S1 then 8.5 % in S2")
    void belgianCommercialRate2013() {
        InterestStatement statement = calculator.statement(invoice(belgianSupplier(), Samples.belgianCompany(),
                "10000.00", date(2013, 4, 30)), date(2013, 9, 30));
        assertEquals(percents("9", "8.5"), rates(statement));
        assertEquals(euros("150.41", "214.25"), interests(statement));
    }

    @Test
    @DisplayName("Belgian legal rate against a consumer, from the formal notice: 5.75 % in 2024, 4.5 % in 2025")
    void belgianLegalRate() {
        InterestStatement statement = calculator.statement(invoice(Samples.belgianCompany(), Samples.belgianConsumer(),
                "1000.00", date(2024, 10, 31), new CaseEvent.FormalNoticeDelivered(date(2024, 11, 15))),
                date(2025, 2, 28));
        assertEquals(InterestRegime.BELGIAN_LEGAL_RATE, statement.regime());
        assertEquals(percents("5.75", "4.5"), rates(statement));
        assertEquals(euros("7.25", "7.27"), interests(statement));
        assertFalse(statement.compensation().isOwed());
    }

    // Regime choice and inputs

    @Test
    @DisplayName("The regime follows the nature of the claim and the law, and an explicit override wins")
    void regimeChoice() {
        Claim b2b = Samples.invoiceBetweenMerchants(date(2024, 1, 1));
        assertEquals(InterestRegime.FRENCH_COMMERCIAL_RATE, calculator.regimeFor(b2b, InterestOptions.defaults()));
        assertEquals(InterestRegime.FRENCH_LEGAL_RATE,
                calculator.regimeFor(Samples.invoiceToConsumer(date(2024, 1, 1)), InterestOptions.defaults()));
        assertEquals(InterestRegime.BELGIAN_COMMERCIAL_RATE, calculator.regimeFor(b2b,
                InterestOptions.builder().governingLaw(Jurisdiction.BELGIUM).build()));
        assertEquals(InterestRegime.FRENCH_LEGAL_RATE, calculator.regimeFor(b2b,
                InterestOptions.builder().regime(InterestRegime.FRENCH_LEGAL_RATE).build()));
        Claim german = Samples.invoice(Samples.germanCompany(), Samples.frenchCompany(), Amount.euros(100),
                date(2024, 1, 1), date(2024, 1, 31));
        InvalidInterestRequestException e = assertThrows(InvalidInterestRequestException.class,
                () -> calculator.regimeFor(german, InterestOptions.defaults()));
        assertEquals("governingLaw", e.field());
    }

    @Test
    @DisplayName("Between professionals, a loan bears the legal rate, not the L441-10 penalties, and no fixed "
            + "compensation: those rules govern payment for goods and services")
    void loanBetweenProfessionals() {
        Claim loan = Claim.builder().reference("LOAN").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.LOAN).principal(Amount.euros("1000.00"))
                .issueDate(date(2023, 12, 1)).dueDate(date(2023, 12, 31)).build();
        assertEquals(InterestRegime.FRENCH_LEGAL_RATE, calculator.regimeFor(loan, InterestOptions.defaults()));
        InterestStatement statement = calculator.statement(RecoveryCase.of(loan,
                List.of(new CaseEvent.FormalNoticeDelivered(date(2024, 1, 10)))), date(2024, 3, 31));
        assertEquals(percents("5.07"), rates(statement));
        assertFalse(statement.compensation().isOwed());
        assertTrue(statement.explanation().toString().contains("a claim of origin LOAN bears moratory interest"));
    }

    @Test
    @DisplayName("Extra split dates add lines without changing the total by more than a cent per added line")
    void splitDates() {
        InterestStatement whole = calculator.statement(b2b("12345.67", date(2024, 12, 31)), date(2025, 6, 30));
        InterestStatement monthly = calculator.statement(b2b("12345.67", date(2024, 12, 31)), date(2025, 6, 30),
                InterestOptions.builder().addSplitDates(date(2025, 2, 1), date(2025, 3, 1), date(2025, 4, 1),
                        date(2025, 5, 1), date(2025, 6, 1)).build());
        assertEquals(1, whole.lines().size());
        assertEquals(6, monthly.lines().size());
        assertTrue(whole.totalInterest().minus(monthly.totalInterest()).abs().value()
                .compareTo(new java.math.BigDecimal("0.05")) <= 0);
    }
}
