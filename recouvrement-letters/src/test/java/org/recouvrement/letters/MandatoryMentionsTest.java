package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.ContactChannel;

class MandatoryMentionsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

    private static FormalNotice notice(ContactChannel dispatch, AmountStatement statement) {
        return FormalNotice.builder().date(DATE).creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .statement(statement).paymentDeadline(DATE.plusDays(10)).dispatch(dispatch).build();
    }

    @Test
    @DisplayName("every fixture is complete")
    void fixturesAreComplete() {
        for (Language language : List.of(Language.FRENCH, Language.DUTCH, Language.ENGLISH)) {
            LetterFixtures.all(language).forEach((name, letter) ->
                    assertEquals(List.of(), MandatoryMentions.missingFrom(letter), name));
        }
    }

    @Test
    @DisplayName("a bare formal notice lacks the amount, the due date, the date to pay by and registered dispatch"
            + " (C. civ. 1344; LEGAL-REFERENCE 5.1), all listed at once")
    void bareFormalNoticeListsEveryMissingMention() {
        FormalNotice notice = FormalNotice.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).build();
        MissingMentionsException e = assertThrows(MissingMentionsException.class,
                () -> MandatoryMentions.requireComplete(notice));
        assertEquals(List.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.PAYMENT_DEADLINE,
                Mention.REGISTERED_DISPATCH), e.missing());
        assertEquals(DocumentKind.FORMAL_NOTICE, e.kind());
        assertTrue(e.getMessage().contains("lacks 4 mandatory mentions"), e.getMessage());
    }

    @Test
    @DisplayName("a formal notice sent by ordinary letter or e-mail lacks registered dispatch")
    void ordinaryLetterIsNotEnoughForAFormalNotice() {
        for (ContactChannel channel : List.of(ContactChannel.LETTER, ContactChannel.EMAIL, ContactChannel.PHONE)) {
            FormalNotice notice = notice(channel, LetterFixtures.b2bStatement(Language.FRENCH));
            assertEquals(List.of(Mention.REGISTERED_DISPATCH), MandatoryMentions.missingFrom(notice), channel.name());
        }
        FormalNotice served = notice(ContactChannel.JUDICIAL_OFFICER, LetterFixtures.b2bStatement(Language.FRENCH));
        assertEquals(List.of(), MandatoryMentions.missingFrom(served));
    }

    @Test
    @DisplayName("a claim without due date leaves the formal notice without 'the date it fell due'")
    void claimWithoutDueDate() {
        AmountStatement statement = AmountStatement.builder().asOf(DATE)
                .addClaim(ClaimItem.builder().reference("FA-1").principal(Amount.euros(100)).build()).build();
        FormalNotice notice = notice(ContactChannel.REGISTERED_LETTER, statement);
        assertEquals(List.of(Mention.DUE_DATE), MandatoryMentions.missingFrom(notice));
    }

    @Test
    @DisplayName("Belgian consumer's first reminder: the creditor's enterprise number, the description of the product"
            + " and the damages if unpaid are mandatory (CDE art. XIX.2; LEGAL-REFERENCE 3.2)")
    void consumerFirstReminder() {
        Party creditor = Party.builder().kind(PartyKind.COMPANY).name("Vitalis Fitness SRL")
                .address(LetterFixtures.address("Boulevard d'Avroy 40", "4000", "Liège", "BE")).build();
        Party consumer = Party.builder().kind(PartyKind.CONSUMER).name("Luc Peeters")
                .address(LetterFixtures.address("Rue Saint-Gilles 112", "4000", "Liège", "BE")).build();
        ConsumerFirstReminder reminder = ConsumerFirstReminder.builder().date(DATE).creditor(creditor)
                .debtor(consumer).statement(AmountStatement.builder().asOf(DATE).addClaim(ClaimItem.builder()
                        .reference("2026-03-1187").dueDate(DATE).principal(Amount.euros(320)).build()).build())
                .build();
        assertEquals(List.of(Mention.CLAIM_DESCRIPTION, Mention.PAYMENT_DEADLINE, Mention.CREDITOR_ENTERPRISE_NUMBER,
                Mention.DAMAGES_IF_UNPAID), MandatoryMentions.missingFrom(reminder));
    }

    @Test
    @DisplayName("collection agency: the agency's identity and how to pay are mandatory (CPCE art. R124-4 1° and 4°)")
    void collectionAgencyLetter() {
        CollectionAgencyLetter letter = CollectionAgencyLetter.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).statement(LetterFixtures.b2bStatement(Language.FRENCH)).build();
        assertEquals(List.of(Mention.COLLECTOR_IDENTITY, Mention.PAYMENT_INSTRUCTIONS),
                MandatoryMentions.missingFrom(letter));
    }

    @Test
    @DisplayName("order for payment: a legal person claimant needs its form and representative (CPC art. 54 3° b),"
            + " a natural person its profession, nationality, date and place of birth (54 3° a); plus court, basis,"
            + " schedule of documents and signatory (CPC art. 1407)")
    void orderForPaymentRequest() {
        OrderForPaymentRequest company = OrderForPaymentRequest.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).build();
        assertEquals(List.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.COURT, Mention.CLAIM_BASIS,
                Mention.EVIDENCE_SCHEDULE, Mention.CLAIMANT_LEGAL_FORM, Mention.CLAIMANT_REPRESENTATIVE,
                Mention.SIGNATORY), MandatoryMentions.missingFrom(company));
        Party craftsman = Party.builder().kind(PartyKind.PROFESSIONAL_NATURAL_PERSON).name("Paul Bernard")
                .address(LetterFixtures.address("3 rue Neuve", "69001", "Lyon", "FR")).build();
        OrderForPaymentRequest person = OrderForPaymentRequest.builder().date(DATE).creditor(craftsman)
                .debtor(LetterFixtures.debtor()).statement(LetterFixtures.b2bStatement(Language.FRENCH))
                .court(Court.of(CourtKind.TRIBUNAL_JUDICIAIRE, "Nantes")).basis("contrat")
                .addEvidence(Evidence.of(EvidenceKind.INVOICE, "FA-2026-0117")).signatory("Paul Bernard")
                .claimantProfession("électricien").claimantBirthPlace("Lyon").build();
        assertEquals(List.of(Mention.CLAIMANT_NATIONALITY, Mention.CLAIMANT_BIRTH), MandatoryMentions.missingFrom(person));
        assertEquals("12948*06", person.cerfaNumber().orElseThrow());
    }

    @Test
    @DisplayName("proof of claim: proceedings, practitioner, documents and signatory (C. com. art. L622-24, L622-25)")
    void proofOfClaim() {
        ProofOfClaim proof = ProofOfClaim.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).statement(LetterFixtures.b2bStatement(Language.FRENCH)).build();
        assertEquals(List.of(Mention.EVIDENCE_SCHEDULE, Mention.SIGNATORY, Mention.INSOLVENCY_PROCEEDINGS,
                Mention.INSOLVENCY_PRACTITIONER), MandatoryMentions.missingFrom(proof));
    }

    @Test
    void paymentPlansNeedInstalments() {
        PaymentPlanProposal proposal = PaymentPlanProposal.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).statement(LetterFixtures.b2bStatement(Language.FRENCH)).build();
        assertEquals(List.of(Mention.INSTALMENTS), MandatoryMentions.missingFrom(proposal));
        PaymentPlanAgreement agreement = PaymentPlanAgreement.builder().date(DATE).creditor(LetterFixtures.creditor())
                .debtor(LetterFixtures.debtor()).build();
        assertEquals(List.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.INSTALMENTS, Mention.SIGNATORY),
                MandatoryMentions.missingFrom(agreement));
    }
}
