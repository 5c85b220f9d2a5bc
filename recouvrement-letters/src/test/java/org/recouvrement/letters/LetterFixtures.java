package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.LegalCode;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * One worked example of every kind of letter, in a given language: invented parties with real-looking addresses and
 * valid identifiers, and figures computed by hand.
 *
 * <p>The B2B figures: invoice FA-2026-0117 of 1,250.00 € due 14 February 2026; B2B late-payment interest of the first
 * semester 2026 at 12.15 % (ECB rate 2.15 % + 10 points, C. com. art. L441-10 II; LEGAL-REFERENCE 4.3), ACT/365:
 * 15 Feb to 2 Mar 2026, 16 days on 1,250.00 € = 6.66 €; after a payment of 250.00 € on 2 March, 3 to 31 Mar 2026,
 * 29 days on 1,000.00 € = 9.65 €; fixed compensation 40 € (C. com. art. D441-5). Balance on 31 March 2026:
 * 1,250.00 + 6.66 + 9.65 + 40.00 - 250.00 = 1,056.31 €.
 */
public final class LetterFixtures {

    /** The names of the cases, in the order of the golden files. */
    public static final List<String> CASES = List.of("courteous-reminder", "firm-reminder", "formal-notice",
            "formal-notice-consumer", "consumer-first-reminder", "collection-agency-letter", "payment-plan-proposal",
            "payment-plan-agreement", "acknowledgement-of-debt", "order-for-payment-request", "proof-of-claim",
            "grouped-reminder");

    private LetterFixtures() {
    }

    /**
     * Returns every case in the given language.
     *
     * @param language the language
     * @return the letters by case name
     */
    public static Map<String, Letter> all(Language language) {
        Map<String, Function<Language, Letter>> makers = new LinkedHashMap<>();
        makers.put("courteous-reminder", LetterFixtures::courteousReminder);
        makers.put("firm-reminder", LetterFixtures::firmReminder);
        makers.put("formal-notice", LetterFixtures::formalNotice);
        makers.put("formal-notice-consumer", LetterFixtures::formalNoticeToConsumer);
        makers.put("consumer-first-reminder", LetterFixtures::consumerFirstReminder);
        makers.put("collection-agency-letter", LetterFixtures::collectionAgencyLetter);
        makers.put("payment-plan-proposal", LetterFixtures::paymentPlanProposal);
        makers.put("payment-plan-agreement", LetterFixtures::paymentPlanAgreement);
        makers.put("acknowledgement-of-debt", LetterFixtures::acknowledgementOfDebt);
        makers.put("order-for-payment-request", LetterFixtures::orderForPaymentRequest);
        makers.put("proof-of-claim", LetterFixtures::proofOfClaim);
        makers.put("grouped-reminder", LetterFixtures::groupedReminder);
        Map<String, Letter> letters = new LinkedHashMap<>();
        makers.forEach((name, maker) -> letters.put(name, maker.apply(language)));
        return letters;
    }

    static PostalAddress address(String line, String postalCode, String city, String country) {
        return PostalAddress.builder().addLine(line).postalCode(postalCode).city(city).country(country).build();
    }

    /** The creditor: a lighting workshop in Lyon, a merchant. */
    public static Party creditor() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Atelier Lumière SARL")
                .address(address("4 rue des Orfèvres", "69002", "Lyon", "FR")).siren(Siren.parse("031 482 573"))
                .build();
    }

    /** The B2B debtor: a brasserie in Nantes, a merchant. */
    public static Party debtor() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Brasserie du Port SAS")
                .address(address("18 quai de la Fosse", "44000", "Nantes", "FR")).build();
    }

    /** A French consumer in Paris. */
    public static Party consumer() {
        return Party.builder().kind(PartyKind.CONSUMER).name("Claire Martin")
                .address(address("12 rue Lecourbe", "75015", "Paris", "FR")).build();
    }

    static String text(Language language, String fr, String nl, String en) {
        return language == Language.DUTCH ? nl : language == Language.ENGLISH ? en : fr;
    }

    static ClaimItem invoice(Language language) {
        return ClaimItem.builder().reference("FA-2026-0117").origin(ClaimOrigin.INVOICE)
                .description(text(language, "fourniture et pose de luminaires", "levering en plaatsing van verlichting",
                        "supply and installation of light fittings"))
                .issueDate(LocalDate.of(2026, 1, 15)).dueDate(LocalDate.of(2026, 2, 14))
                .principal(Amount.euros("1250.00")).build();
    }

    static InterestLine interest(String from, String to, long days, String base, String amount) {
        return InterestLine.builder().from(LocalDate.parse(from)).to(LocalDate.parse(to)).days(days)
                .base(Amount.euros(base)).rate(Rate.ofPercent("12.15"))
                .basis(LegalCode.COMMERCIAL_CODE.article("L441-10")).amount(Amount.euros(amount)).build();
    }

    /** The B2B statement on 31 March 2026: balance 1,056.31 €. */
    public static AmountStatement b2bStatement(Language language) {
        return AmountStatement.builder().asOf(LocalDate.of(2026, 3, 31)).addClaim(invoice(language))
                .addInterest(interest("2026-02-15", "2026-03-02", 16, "1250.00", "6.66"))
                .addInterest(interest("2026-03-03", "2026-03-31", 29, "1000.00", "9.65"))
                .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0117", Amount.euros(40)))
                .addPayment(PaymentLine.builder().date(LocalDate.of(2026, 3, 2)).amount(Amount.euros("250.00")).build())
                .build();
    }

    static Letter courteousReminder(Language language) {
        return CourteousReminder.builder().date(LocalDate.of(2026, 2, 20)).language(language)
                .creditor(creditor()).debtor(debtor())
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 2, 20)).addClaim(invoice(language)).build())
                .build();
    }

    static Letter firmReminder(Language language) {
        return FirmReminder.builder().date(LocalDate.of(2026, 3, 10)).language(language)
                .creditor(creditor()).debtor(debtor()).fileReference("DOS-2026-042")
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 3, 10)).addClaim(invoice(language))
                        .addInterest(interest("2026-02-15", "2026-03-10", 24, "1250.00", "9.99"))
                        .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0117", Amount.euros(40))).build())
                .paymentDeadline(LocalDate.of(2026, 3, 20)).signatory("Jeanne Durand, gérante")
                .build();
    }

    /** The B2B formal notice of 31 March 2026, to pay by 10 April 2026, by registered letter. */
    public static FormalNotice formalNotice(Language language) {
        return FormalNotice.builder().date(LocalDate.of(2026, 3, 31)).language(language)
                .creditor(creditor()).debtor(debtor()).fileReference("DOS-2026-042")
                .statement(b2bStatement(language)).paymentDeadline(LocalDate.of(2026, 4, 10))
                .dispatch(ContactChannel.REGISTERED_LETTER).signatory("Jeanne Durand, gérante").build();
    }

    static Letter formalNoticeToConsumer(Language language) {
        ClaimItem claim = ClaimItem.builder().reference("FA-2026-0088")
                .description(text(language, "rénovation de l'éclairage du salon", "renovatie van de verlichting van de woonkamer",
                        "renovation of the living-room lighting"))
                .issueDate(LocalDate.of(2026, 1, 2)).dueDate(LocalDate.of(2026, 2, 1)).principal(Amount.euros("980.00"))
                .build();
        return FormalNotice.builder().date(LocalDate.of(2026, 3, 31)).language(language)
                .creditor(creditor()).debtor(consumer())
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 3, 31)).addClaim(claim).build())
                .paymentDeadline(LocalDate.of(2026, 4, 15)).dispatch(ContactChannel.REGISTERED_LETTER)
                .signatory("Jeanne Durand, gérante").build();
    }

    /** A Belgian fitness club's first reminder to a consumer in Liège, sent on Wednesday 8 April 2026. */
    static Letter consumerFirstReminder(Language language) {
        Party club = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Vitalis Fitness SRL")
                .address(address("Boulevard d'Avroy 40", "4000", "Liège", "BE"))
                .belgianEnterpriseNumber(BelgianEnterpriseNumber.parse("0417.497.106")).language(language).build();
        Party member = Party.builder().kind(PartyKind.CONSUMER).name("Luc Peeters")
                .address(address("Rue Saint-Gilles 112", "4000", "Liège", "BE")).language(language).build();
        ClaimItem claim = ClaimItem.builder().reference("2026-03-1187")
                .description(text(language, "abonnement annuel de fitness 2026", "jaarabonnement fitness 2026",
                        "annual fitness membership 2026"))
                .issueDate(LocalDate.of(2026, 3, 1)).dueDate(LocalDate.of(2026, 3, 31)).principal(Amount.euros("320.00"))
                .build();
        // Third working day after Wednesday 8 April 2026: Monday 13 April; fourteen days from it end on
        // Sunday 26 April: the creditor gives until Monday 27 April.
        return ConsumerFirstReminder.builder().date(LocalDate.of(2026, 4, 8)).language(language)
                .creditor(club).debtor(member)
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 4, 8)).addClaim(claim).build())
                .paymentDeadline(LocalDate.of(2026, 4, 27)).damagesIfUnpaid(Amount.euros("40.00")).build();
    }

    static Letter collectionAgencyLetter(Language language) {
        Party agency = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Recouvra Conseil SAS")
                .address(address("25 boulevard Haussmann", "75009", "Paris", "FR")).build();
        return CollectionAgencyLetter.builder().date(LocalDate.of(2026, 3, 31)).language(language)
                .creditor(creditor()).debtor(debtor()).collector(agency).fileReference("RC-2026-0815")
                .statement(b2bStatement(language)).paymentDeadline(LocalDate.of(2026, 4, 15))
                .paymentInstructions(text(language,
                        "par virement au compte IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) ouvert au nom de"
                                + " Recouvra Conseil SAS, ou par chèque à l'ordre de Recouvra Conseil SAS.",
                        "per overschrijving op rekening IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) op naam"
                                + " van Recouvra Conseil SAS, of per cheque aan de order van Recouvra Conseil SAS.",
                        "by transfer to account IBAN FR76 3000 6000 0112 3456 7890 189 (BIC AGRIFRPP) held by"
                                + " Recouvra Conseil SAS, or by cheque payable to Recouvra Conseil SAS."))
                .signatory("Marc Lefèvre, chargé de recouvrement").build();
    }

    static List<Instalment> instalments() {
        return List.of(Instalment.of(LocalDate.of(2026, 5, 15), Amount.euros("352.10")),
                Instalment.of(LocalDate.of(2026, 6, 15), Amount.euros("352.10")),
                Instalment.of(LocalDate.of(2026, 7, 15), Amount.euros("352.11")));
    }

    static Letter paymentPlanProposal(Language language) {
        return PaymentPlanProposal.builder().date(LocalDate.of(2026, 4, 15)).language(language)
                .creditor(creditor()).debtor(debtor()).fileReference("DOS-2026-042")
                .statement(b2bStatement(language)).addAllInstalments(instalments())
                .acceptBy(LocalDate.of(2026, 4, 30)).signatory("Jeanne Durand, gérante").build();
    }

    static Letter paymentPlanAgreement(Language language) {
        return PaymentPlanAgreement.builder().date(LocalDate.of(2026, 4, 30)).language(language)
                .creditor(creditor()).debtor(debtor()).statement(b2bStatement(language))
                .addAllInstalments(instalments()).signatory("Jeanne Durand, gérante").build();
    }

    static Letter acknowledgementOfDebt(Language language) {
        return AcknowledgementOfDebtForm.builder().date(LocalDate.of(2026, 4, 15)).language(language)
                .creditor(creditor()).debtor(debtor()).statement(b2bStatement(language)).build();
    }

    static Letter orderForPaymentRequest(Language language) {
        AmountStatement statement = b2bStatement(language);
        return OrderForPaymentRequest.builder().date(LocalDate.of(2026, 4, 20)).language(language)
                .creditor(creditor()).debtor(debtor()).statement(statement)
                .court(Court.of(CourtKind.TRIBUNAL_DE_COMMERCE, "Nantes"))
                .basis(text(language,
                        "Contrat de vente et de prestation conclu le 5 janvier 2026 par l'acceptation du devis D-2025-311,"
                                + " exécuté le 15 janvier 2026 (bon de livraison signé) et facturé le même jour.",
                        "Koop- en dienstenovereenkomst gesloten op 5 januari 2026 door aanvaarding van offerte D-2025-311,"
                                + " uitgevoerd op 15 januari 2026 (ondertekende leveringsbon) en dezelfde dag gefactureerd.",
                        "Contract of sale and services concluded on 5 January 2026 by acceptance of quotation D-2025-311,"
                                + " performed on 15 January 2026 (signed delivery note) and invoiced the same day."))
                .addEvidence(Evidence.of(EvidenceKind.ACCEPTED_QUOTE, "D-2025-311", LocalDate.of(2026, 1, 5)))
                .addEvidence(Evidence.of(EvidenceKind.DELIVERY_NOTE, "BL-2026-0042", LocalDate.of(2026, 1, 15)))
                .addEvidence(Evidence.of(EvidenceKind.INVOICE, "FA-2026-0117", LocalDate.of(2026, 1, 15)))
                .addEvidence(Evidence.of(EvidenceKind.CORRESPONDENCE, text(language,
                        "mise en demeure par lettre recommandée et avis de réception",
                        "ingebrekestelling per aangetekende brief en ontvangstbewijs",
                        "formal notice by registered letter and acknowledgement of receipt"), LocalDate.of(2026, 3, 31)))
                .claimantLegalForm(text(language, "société à responsabilité limitée au capital de 20 000 €",
                        "société à responsabilité limitée (SARL) met een kapitaal van € 20.000",
                        "société à responsabilité limitée (SARL) with a share capital of €20,000"))
                .claimantRepresentative(text(language, "sa gérante en exercice, Mme Jeanne Durand",
                        "haar zaakvoerder, mevrouw Jeanne Durand", "its managing director, Ms Jeanne Durand"))
                .referralOnOpposition(true).signatory("Jeanne Durand, gérante").build();
    }

    static Letter proofOfClaim(Language language) {
        Party practitioner = Party.builder().kind(PartyKind.COMPANY)
                .name("SELARL Mandataires de l'Ouest, Me Anne Kerviel")
                .address(address("6 rue Kervégan", "44000", "Nantes", "FR")).build();
        AmountStatement statement = AmountStatement.builder().asOf(LocalDate.of(2026, 5, 12))
                .addClaim(invoice(language))
                .addInterest(interest("2026-02-15", "2026-03-02", 16, "1250.00", "6.66"))
                .addInterest(interest("2026-03-03", "2026-05-11", 70, "1000.00", "23.30"))
                .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0117", Amount.euros(40)))
                .addPayment(PaymentLine.builder().date(LocalDate.of(2026, 3, 2)).amount(Amount.euros("250.00")).build())
                .build();
        return ProofOfClaim.builder().date(LocalDate.of(2026, 6, 2)).language(language)
                .creditor(creditor()).debtor(debtor()).practitioner(practitioner).statement(statement)
                .proceedings(InsolvencyProceedings.builder().kind(InsolvencyKind.REORGANISATION)
                        .court(Court.of(CourtKind.TRIBUNAL_DE_COMMERCE, "Nantes"))
                        .openingDate(LocalDate.of(2026, 5, 12)).publicationDate(LocalDate.of(2026, 5, 22)).build())
                .security(text(language, "réserve de propriété sur les luminaires livrés et non payés",
                        "eigendomsvoorbehoud op de geleverde en onbetaalde verlichtingsarmaturen",
                        "retention of title to the light fittings delivered and not paid for"))
                .addEvidence(Evidence.of(EvidenceKind.INVOICE, "FA-2026-0117", LocalDate.of(2026, 1, 15)))
                .addEvidence(Evidence.of(EvidenceKind.GENERAL_TERMS, text(language,
                        "conditions générales de vente (clause de réserve de propriété, article 9)",
                        "algemene verkoopsvoorwaarden (eigendomsvoorbehoud, artikel 9)",
                        "general terms of sale (retention of title, clause 9)")))
                .signatory("Jeanne Durand, gérante").fileReference("DOS-2026-042").build();
    }

    static Letter groupedReminder(Language language) {
        ClaimItem second = ClaimItem.builder().reference("FA-2026-0164")
                .issueDate(LocalDate.of(2026, 2, 2)).dueDate(LocalDate.of(2026, 3, 4)).principal(Amount.euros("480.00"))
                .build();
        ClaimItem third = ClaimItem.builder().reference("FA-2026-0203")
                .issueDate(LocalDate.of(2026, 2, 16)).dueDate(LocalDate.of(2026, 3, 18))
                .principal(Amount.euros("2310.40")).build();
        AmountStatement statement = AmountStatement.builder().asOf(LocalDate.of(2026, 3, 31))
                .addClaim(invoice(language)).addClaim(second).addClaim(third)
                .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0117", Amount.euros(40)))
                .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0164", Amount.euros(40)))
                .addCharge(ChargeLine.fixedRecoveryCompensation("FA-2026-0203", Amount.euros(40)))
                .build();
        return GroupedReminder.builder().date(LocalDate.of(2026, 3, 31)).language(language)
                .creditor(creditor()).debtor(debtor()).statement(statement)
                .paymentDeadline(LocalDate.of(2026, 4, 15)).fileReference("DOS-2026-042").build();
    }
}
