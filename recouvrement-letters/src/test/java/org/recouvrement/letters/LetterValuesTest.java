package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.LegalCode;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.InsolvencyKind;

class LetterValuesTest {

    private static final LocalDate DATE = LocalDate.of(2026, 4, 8);

    @Test
    @DisplayName("the statement adds up: principal + interest + charges - payments (fixture: 1 056,31 €)")
    void statementTotals() {
        AmountStatement statement = LetterFixtures.b2bStatement(Language.FRENCH);
        assertEquals(Amount.euros("1250.00"), statement.principalTotal());
        assertEquals(Amount.euros("16.31"), statement.interestTotal());
        assertEquals(Amount.euros("40.00"), statement.chargesTotal());
        assertEquals(Amount.euros("250.00"), statement.paymentsTotal());
        assertEquals(Amount.euros("1056.31"), statement.balance());
    }

    @Test
    @DisplayName("an interest line counts its days with both ends included")
    void interestLineDays() {
        InvalidLetterException e = assertThrows(InvalidLetterException.class, () -> InterestLine.builder()
                .from(LocalDate.of(2026, 2, 15)).to(LocalDate.of(2026, 3, 31)).days(44).base(Amount.euros(1250))
                .rate(Rate.ofPercent("12.15")).basis(LegalCode.COMMERCIAL_CODE.article("L441-10"))
                .amount(Amount.euros("18.31")).build());
        assertEquals("interest.days", e.field());
        assertTrue(e.getMessage().contains("45 days"), e.getMessage());
    }

    @Test
    void statementRefusesInterestBeyondItsDateAndUnknownClaims() {
        assertThrows(InvalidLetterException.class, () -> AmountStatement.builder().asOf(LocalDate.of(2026, 3, 1))
                .addClaim(ClaimItem.builder().reference("A").principal(Amount.euros(10)).build())
                .addInterest(InterestLine.builder().from(LocalDate.of(2026, 2, 1)).to(LocalDate.of(2026, 3, 2)).days(30)
                        .base(Amount.euros(10)).rate(Rate.ofPercent("3")).basis(LegalCode.CIVIL_CODE.article("1231-6"))
                        .amount(Amount.euros("0.02")).build())
                .build());
        InvalidLetterException e = assertThrows(InvalidLetterException.class, () -> AmountStatement.builder()
                .asOf(DATE).addClaim(ClaimItem.builder().reference("A").principal(Amount.euros(10)).build())
                .addCharge(ChargeLine.fixedRecoveryCompensation("B", Amount.euros(40))).build());
        assertEquals("charge.claimReference", e.field());
    }

    @ParameterizedTest(name = "debt {0} -> cap {1}")
    @DisplayName("caps of the damages for a consumer debt, CDE book XIX (LEGAL-REFERENCE 3.2)")
    @CsvSource({"100.00, 20.00", "150.00, 20.00", "150.01, 30.00", "320.00, 47.00", "500.00, 65.00",
        "1000.00, 90.00", "39500.00, 2015.00", "50000.00, 2000.00"})
    void consumerDamagesCap(String debt, String cap) {
        Amount expected = Amount.euros(cap).min(Amount.euros(2000));
        assertEquals(expected, ConsumerFirstReminder.maximumDamages(Amount.euros(debt)));
    }

    private static ConsumerFirstReminder.Builder consumerReminder() {
        Party creditor = LetterFixtures.creditor();
        Party consumer = Party.builder().kind(PartyKind.CONSUMER).name("Luc Peeters")
                .address(LetterFixtures.address("Rue Saint-Gilles 112", "4000", "Liège", "BE")).build();
        return ConsumerFirstReminder.builder().date(DATE).creditor(creditor).debtor(consumer);
    }

    @Test
    @DisplayName("a Belgian first reminder gives at least fourteen days: 16 days after a letter, 14 after an e-mail")
    void consumerReminderDelay() {
        InvalidLetterException e = assertThrows(InvalidLetterException.class,
                () -> consumerReminder().paymentDeadline(DATE.plusDays(15)).build());
        assertEquals("paymentDeadline", e.field());
        consumerReminder().paymentDeadline(DATE.plusDays(16)).build();
        consumerReminder().paymentDeadline(DATE.plusDays(14)).dispatch(ContactChannel.EMAIL).build();
        assertThrows(InvalidLetterException.class,
                () -> consumerReminder().paymentDeadline(DATE.plusDays(13)).dispatch(ContactChannel.EMAIL).build());
    }

    @Test
    @DisplayName("a Belgian first reminder is free and its damages respect the cap")
    void consumerReminderIsFree() {
        AmountStatement withCharge = AmountStatement.builder().asOf(DATE)
                .addClaim(ClaimItem.builder().reference("A").principal(Amount.euros(320)).build())
                .addCharge(ChargeLine.builder().kind(ChargeKind.OTHER).amount(Amount.euros(5)).build()).build();
        assertThrows(InvalidLetterException.class, () -> consumerReminder().statement(withCharge).build());
        AmountStatement plain = AmountStatement.builder().asOf(DATE)
                .addClaim(ClaimItem.builder().reference("A").principal(Amount.euros(320)).build()).build();
        consumerReminder().statement(plain).damagesIfUnpaid(Amount.euros(47)).build();
        InvalidLetterException e = assertThrows(InvalidLetterException.class,
                () -> consumerReminder().statement(plain).damagesIfUnpaid(Amount.euros("47.01")).build());
        assertEquals("damagesIfUnpaid", e.field());
    }

    @Test
    @DisplayName("a collection agency may not claim recovery costs (CPCE art. L111-8 al. 2)")
    void collectionAgencyRefusesRecoveryCosts() {
        AmountStatement statement = AmountStatement.builder().asOf(DATE)
                .addClaim(ClaimItem.builder().reference("A").principal(Amount.euros(320)).build())
                .addCharge(ChargeLine.builder().kind(ChargeKind.RECOVERY_COSTS).amount(Amount.euros(35)).build())
                .build();
        InvalidLetterException e = assertThrows(InvalidLetterException.class, () -> CollectionAgencyLetter.builder()
                .date(DATE).creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor()).statement(statement)
                .build());
        assertTrue(e.getMessage().contains("L111-8"), e.getMessage());
    }

    @Test
    void paymentPlanInstalmentsAddUpToTheBalance() {
        InvalidLetterException e = assertThrows(InvalidLetterException.class, () -> PaymentPlanProposal.builder()
                .date(LocalDate.of(2026, 4, 15)).creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .statement(LetterFixtures.b2bStatement(Language.FRENCH))
                .addInstalment(Instalment.of(LocalDate.of(2026, 5, 15), Amount.euros(500)))
                .addInstalment(Instalment.of(LocalDate.of(2026, 6, 15), Amount.euros(500))).build());
        assertEquals("instalments", e.field());
        List<Amount> split = Amount.euros("1056.31").splitEvenly(3);
        assertEquals(List.of(Amount.euros("352.10"), Amount.euros("352.10"), Amount.euros("352.11")), split);
    }

    @Test
    @DisplayName("a proof of claim states the claim on the day of the opening judgment (C. com. art. L622-25)")
    void proofOfClaimDate() {
        InsolvencyProceedings proceedings = InsolvencyProceedings.builder().kind(InsolvencyKind.LIQUIDATION)
                .court(Court.of(CourtKind.TRIBUNAL_DE_COMMERCE, "Nantes")).openingDate(LocalDate.of(2026, 5, 12)).build();
        InvalidLetterException e = assertThrows(InvalidLetterException.class, () -> ProofOfClaim.builder()
                .date(LocalDate.of(2026, 6, 2)).creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .proceedings(proceedings).statement(LetterFixtures.b2bStatement(Language.FRENCH)).build());
        assertEquals("statement.asOf", e.field());
        assertThrows(InvalidLetterException.class, () -> InsolvencyProceedings.builder()
                .kind(InsolvencyKind.BELGIAN_INSOLVENCY).court(Court.of(CourtKind.TRIBUNAL_DE_COMMERCE, "Nantes"))
                .openingDate(LocalDate.of(2026, 5, 12)).build());
    }

    @Test
    void groupedReminderListsSeveralClaims() {
        assertThrows(InvalidLetterException.class, () -> GroupedReminder.builder().date(DATE)
                .creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .statement(LetterFixtures.b2bStatement(Language.FRENCH)).build());
    }

    @Test
    @DisplayName("the B2B formal notice cites C. civ. 1344, 1231-6, 1344-1 and C. com. L441-10, D441-5;"
            + " the consumer's omits the commercial code")
    void legalBases() {
        assertEquals(List.of("C. civ. art. 1344", "C. civ. art. 1231-6", "C. civ. art. 1344-1", "C. com. art. L441-10",
                "C. com. art. D441-5"), LetterFixtures.formalNotice(Language.FRENCH).legalBases().stream()
                .map(Object::toString).toList());
        Letter consumer = LetterFixtures.all(Language.FRENCH).get("formal-notice-consumer");
        assertEquals(List.of("C. civ. art. 1344", "C. civ. art. 1231-6", "C. civ. art. 1344-1"),
                consumer.legalBases().stream().map(Object::toString).toList());
    }

    @Test
    void toneNames() {
        assertEquals(Tone.STANDARD, Tone.of("standard"));
        assertEquals("cordial", Tone.of("cordial").name());
        assertThrows(InvalidLetterException.class, () -> Tone.of("../etc"));
        assertThrows(InvalidLetterException.class, () -> Tone.of("Cordial"));
    }

    @Test
    @DisplayName("French rates take a narrow no-break space before the percent sign")
    void rates() {
        assertEquals("12,15\u202f%", LetterFormatting.rate(Rate.ofPercent("12.15"), Language.FRENCH));
        assertEquals("8,00%", LetterFormatting.rate(Rate.ofPercent("8"), Language.DUTCH));
        assertEquals("2.62%", LetterFormatting.rate(Rate.ofPercent("2.62"), Language.ENGLISH));
    }
}
