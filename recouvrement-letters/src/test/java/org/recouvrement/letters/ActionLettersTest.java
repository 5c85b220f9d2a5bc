package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.dunning.ActionItem;
import org.recouvrement.dunning.Dunning;
import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.money.Amount;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The letters of actions decided by {@code Dunning.decide} under the standard policies (France B2B: courteous
 * reminder seven days after the due date, firm reminder fourteen days later, phone call, formal notice; Belgium B2C:
 * first reminder seven days after the due date, CDE art. XIX.2).
 */
class ActionLettersTest {

    /** Invoice of 2 March 2026 at 30 days: due 1 April 2026; the courteous reminder falls on 8 April. */
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate COURTEOUS = LocalDate.of(2026, 4, 8);

    private static Claim invoice(String reference, Party debtor, String principal) {
        return Claim.builder().reference(reference).creditor(LetterFixtures.creditor()).debtor(debtor)
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros(principal)).issueDate(ISSUED)
                .paymentTerms(PaymentTerms.daysFromInvoice(30)).build();
    }

    private static ProposedAction onlyLetterAction(List<RecoveryCase> cases, LocalDate asOf) {
        DunningDecision decision = Dunning.decide(cases, PolicySet.standard(), asOf);
        List<ProposedAction> letters = decision.actions().stream()
                .filter(action -> ActionLetters.documentKind(action).isPresent()).toList();
        assertEquals(1, letters.size(), decision.actions().toString());
        return letters.get(0);
    }

    private static Amount claimedTotal(ProposedAction action) {
        return action.items().stream().map(item -> item.amounts().total()).reduce(Amount::plus).orElseThrow();
    }

    @Test
    void aCourteousReminderForOneClaimDatedTheDayOfTheDecision() {
        RecoveryCase file = RecoveryCase.of(invoice("FA-2026-0117", LetterFixtures.debtor(), "4800.00"));
        ProposedAction action = onlyLetterAction(List.of(file), COURTEOUS);

        Letter letter = ActionLetters.standard().withSignatory("Claire Morel, gérante").letterFor(action).orElseThrow();

        CourteousReminder reminder = assertInstanceOf(CourteousReminder.class, letter);
        assertEquals(COURTEOUS, reminder.date());
        assertEquals(Optional.of("Claire Morel, gérante"), reminder.signatory());
        assertEquals("FA-2026-0117", reminder.fileReference().orElseThrow());
        assertEquals(claimedTotal(action), reminder.statement().orElseThrow().balance());
        assertEquals(Amount.euros("4800.00"), reminder.statement().orElseThrow().principalTotal());
        assertTrue(MandatoryMentions.missingFrom(reminder).isEmpty(), MandatoryMentions.missingFrom(reminder)::toString);
    }

    @Test
    void twoClaimsOfOneDebtorGiveAGroupedReminder() {
        RecoveryCase first = RecoveryCase.of(invoice("FA-2026-0117", LetterFixtures.debtor(), "4800.00"));
        RecoveryCase second = RecoveryCase.of(invoice("FA-2026-0118", LetterFixtures.debtor(), "310.40"));
        ProposedAction action = onlyLetterAction(List.of(first, second), COURTEOUS);

        assertEquals(Optional.of(DocumentKind.GROUPED_REMINDER), ActionLetters.documentKind(action));
        Letter letter = ActionLetters.standard().letterFor(action).orElseThrow();
        assertInstanceOf(GroupedReminder.class, letter);
        assertEquals(Amount.euros("5110.40"), letter.statement().orElseThrow().principalTotal());
        assertEquals(claimedTotal(action), letter.statement().orElseThrow().balance());
    }

    @Test
    @DisplayName("The firm reminder between merchants claims the late-payment interest and the 40 € of C. com. L441-10 II "
            + "and D441-5, after the payment received")
    void aFirmReminderClaimsInterestAndTheFixedCompensation() {
        RecoveryCase file = RecoveryCase.of(invoice("FA-2026-0117", LetterFixtures.debtor(), "4800.00"))
                .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 4, 15), Amount.euros("1800.00")));
        ProposedAction courteous = onlyLetterAction(List.of(file), COURTEOUS);
        RecoveryCase reminded = file.withEvent(courteous.executed(COURTEOUS));
        // The payment after the courteous reminder restarts the fourteen days' wait: 15 + 14 = 29 April.
        LocalDate firmDay = LocalDate.of(2026, 4, 29);
        ProposedAction firm = onlyLetterAction(List.of(reminded), firmDay);

        FirmReminder letter = assertInstanceOf(FirmReminder.class,
                ActionLetters.standard().withDaysToPay(8).letterFor(firm).orElseThrow());

        AmountStatement statement = letter.statement().orElseThrow();
        assertEquals(Optional.of(firmDay.plusDays(8)), letter.paymentDeadline());
        assertTrue(statement.interestTotal().isPositive(), statement::toString);
        ChargeLine compensation = statement.charges().stream()
                .filter(charge -> charge.kind() == ChargeKind.FIXED_RECOVERY_COMPENSATION).findFirst().orElseThrow();
        assertEquals(Amount.euros("40.00"), compensation.amount());
        assertEquals(Optional.of("L441-10"), compensation.basis().orElseThrow().article());
        assertEquals(Amount.euros("1800.00"), statement.paymentsTotal());
        assertEquals(claimedTotal(firm), statement.balance());
    }

    @Test
    void aFormalNoticeIsSentByRegisteredLetterAndAPhoneCallIsNoLetter() {
        RecoveryCase file = RecoveryCase.of(invoice("FA-2026-0117", LetterFixtures.debtor(), "4800.00"));
        LocalDate day = COURTEOUS;
        DunningDecision decision = null;
        // Walk the policy: execute each action proposed, a week apart, until the formal notice.
        for (int week = 0; week < 10; week++) {
            decision = Dunning.decide(List.of(file), PolicySet.standard(), day);
            Optional<ProposedAction> notice = decision.actions().stream()
                    .filter(action -> action.templateKey().equals(Optional.of("formal-notice"))).findFirst();
            if (notice.isPresent()) {
                FormalNotice letter = assertInstanceOf(FormalNotice.class,
                        ActionLetters.standard().letterFor(notice.get()).orElseThrow());
                assertEquals(ContactChannel.REGISTERED_LETTER, letter.dispatch().orElseThrow());
                assertEquals(Optional.of(day.plusDays(ActionLetters.DEFAULT_DAYS_TO_PAY)), letter.paymentDeadline());
                assertEquals(claimedTotal(notice.get()), letter.statement().orElseThrow().balance());
                return;
            }
            for (ProposedAction action : decision.actions()) {
                if (action.templateKey().equals(Optional.of("phone-call"))) {
                    assertEquals(Optional.empty(), ActionLetters.documentKind(action));
                    assertEquals(Optional.empty(), ActionLetters.standard().letterFor(action));
                }
                file = file.withEvent(action.executed(day));
            }
            day = day.plusDays(7);
        }
        throw new AssertionError("no formal notice proposed: " + decision.actions());
    }

    @Test
    @DisplayName("A Belgian consumer's first reminder by letter gives the fourteen days of CDE art. XIX.2 from the third "
            + "working day after it is sent: sent Wednesday 8 April 2026, paid by Sunday 26 April")
    void aBelgianConsumersFirstReminderGivesTheFourteenDays() {
        Party club = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Vitalis Fitness SRL")
                .address(LetterFixtures.address("Boulevard d'Avroy 40", "4000", "Liège", "BE"))
                .belgianEnterpriseNumber(BelgianEnterpriseNumber.parse("0417.497.106")).build();
        Party member = Party.builder().kind(PartyKind.CONSUMER).name("Luc Peeters")
                .address(LetterFixtures.address("Rue Saint-Gilles 112", "4000", "Liège", "BE")).build();
        Claim membership = Claim.builder().reference("2026-03-1187").creditor(club).debtor(member)
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros("320.00")).issueDate(ISSUED)
                .paymentTerms(PaymentTerms.daysFromInvoice(30)).build();
        ProposedAction action = onlyLetterAction(List.of(RecoveryCase.of(membership)), COURTEOUS);

        ConsumerFirstReminder letter = assertInstanceOf(ConsumerFirstReminder.class, ActionLetters.standard()
                .withDescriptions(claim -> Optional.of("abonnement annuel de fitness 2026")).letterFor(action)
                .orElseThrow());

        assertEquals(Optional.of(LocalDate.of(2026, 4, 26)), letter.paymentDeadline());
        assertEquals(ContactChannel.LETTER, letter.dispatch());
        assertEquals(Optional.of(Amount.euros("0.00")), letter.damagesIfUnpaid(), "no penalty clause, nothing to announce");
        assertEquals(Amount.euros("320.00"), letter.statement().orElseThrow().balance());
        assertEquals(Optional.of("abonnement annuel de fitness 2026"),
                letter.statement().orElseThrow().claims().get(0).description());
        assertTrue(MandatoryMentions.missingFrom(letter).isEmpty(), MandatoryMentions.missingFrom(letter)::toString);
    }

    @Test
    void aDebtorWritingGermanIsWrittenToInEnglishUnlessTheIntegratorChooses() {
        Party german = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Kältetechnik Rhein GmbH")
                .address(LetterFixtures.address("Rheinallee 12", "55116", "Mainz", "DE")).language(Language.GERMAN)
                .build();
        ProposedAction action = onlyLetterAction(List.of(RecoveryCase.of(invoice("FA-2026-0200", german, "990.00"))),
                COURTEOUS);

        assertEquals(Language.ENGLISH, ActionLetters.standard().letterFor(action).orElseThrow().language());
        assertEquals(Language.GERMAN, ActionLetters.standard().withLanguages(Party::language).letterFor(action)
                .orElseThrow().language());
        assertEquals(Language.FRENCH, ActionLetters.shippedLanguage(LetterFixtures.debtor()));
    }

    @Test
    void refusesADaysToPayOrASignatoryThatMakesNoSense() {
        InvalidValueException zero = assertThrows(InvalidValueException.class,
                () -> ActionLetters.standard().withDaysToPay(0));
        assertTrue(zero.getMessage().contains("daysToPay"), zero.getMessage());
        assertThrows(InvalidValueException.class, () -> ActionLetters.standard().withDaysToPay(366));
        InvalidValueException blank = assertThrows(InvalidValueException.class,
                () -> ActionLetters.standard().withSignatory("  "));
        assertTrue(blank.getMessage().contains("signatory"), blank.getMessage());
    }

    @Test
    void everyItemOfTheActionIsOnTheLetter() {
        RecoveryCase first = RecoveryCase.of(invoice("FA-2026-0117", LetterFixtures.debtor(), "4800.00"));
        RecoveryCase second = RecoveryCase.of(invoice("FA-2026-0118", LetterFixtures.debtor(), "310.40"));
        ProposedAction action = onlyLetterAction(List.of(first, second), COURTEOUS);
        Letter letter = ActionLetters.standard().letterFor(action).orElseThrow();
        assertEquals(action.items().stream().map(ActionItem::recoveryCase).map(RecoveryCase::id).sorted().toList(),
                letter.statement().orElseThrow().claims().stream().map(ClaimItem::reference).sorted().toList());
    }
}
