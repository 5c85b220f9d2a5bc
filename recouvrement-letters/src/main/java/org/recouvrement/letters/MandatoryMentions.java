package org.recouvrement.letters;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.recouvrement.law.Jurisdiction;

/**
 * The mentions each kind of letter must contain, and the check that a letter has them.
 *
 * <table>
 * <caption>Mandatory mentions by kind</caption>
 * <tr><th>kind</th><th>jurisdiction</th><th>mentions</th><th>basis</th></tr>
 * <tr><td>courteous reminder</td><td>FR</td><td>amount with breakdown, due dates</td><td>practice</td></tr>
 * <tr><td>firm reminder, grouped letter</td><td>FR</td><td>amount with breakdown, due dates, date to pay by (firm
 * reminder)</td><td>practice</td></tr>
 * <tr><td>formal notice</td><td>FR</td><td>amount with breakdown, due dates, date to pay by, registered
 * dispatch</td><td>C. civ. art. 1344; LEGAL-REFERENCE 5.1</td></tr>
 * <tr><td>consumer first reminder</td><td>BE</td><td>amount, due dates, description, date to pay by, creditor's
 * enterprise number, damages if unpaid</td><td>CDE art. XIX.2</td></tr>
 * <tr><td>collection agency letter</td><td>FR</td><td>agency, amount with breakdown, due dates, description,
 * payment instructions</td><td>CPCE art. R124-4</td></tr>
 * <tr><td>payment plan proposal / agreement</td><td>FR</td><td>amount with breakdown, instalments (and signatory
 * for the agreement)</td><td>practice; C. civ. art. 2240</td></tr>
 * <tr><td>acknowledgement of debt</td><td>FR</td><td>amount with breakdown</td><td>C. civ. art. 1376</td></tr>
 * <tr><td>order for payment request</td><td>FR</td><td>court, claimant's identity, amount with breakdown, basis,
 * schedule of documents, signatory</td><td>CPC art. 54, 57, 1407</td></tr>
 * <tr><td>proof of claim</td><td>FR</td><td>proceedings, practitioner, amount with breakdown, documents,
 * signatory</td><td>C. com. art. L622-24, L622-25</td></tr>
 * </table>
 *
 * <p>The parties' names and addresses are always present: a {@link org.recouvrement.party.Party} cannot be built
 * without them. The fixed wording (the words "mise en demeure", the consequences of not paying, the reproduction of
 * CPCE art. L111-8) belongs to the templates.
 */
public final class MandatoryMentions {

    private MandatoryMentions() {
    }

    /**
     * Returns the mentions a letter of the given kind must contain.
     *
     * @param kind the kind
     * @param jurisdiction the law it is written under
     * @return the mentions, in the order of {@link Mention}
     */
    public static Set<Mention> requiredFor(DocumentKind kind, Jurisdiction jurisdiction) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        switch (kind) {
            case COURTEOUS_REMINDER:
            case GROUPED_REMINDER:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE);
            case FIRM_REMINDER:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.PAYMENT_DEADLINE);
            case FORMAL_NOTICE:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.PAYMENT_DEADLINE,
                        Mention.REGISTERED_DISPATCH);
            case CONSUMER_FIRST_REMINDER:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.CLAIM_DESCRIPTION,
                        Mention.PAYMENT_DEADLINE, Mention.CREDITOR_ENTERPRISE_NUMBER, Mention.DAMAGES_IF_UNPAID);
            case COLLECTION_AGENCY_LETTER:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.CLAIM_DESCRIPTION,
                        Mention.COLLECTOR_IDENTITY, Mention.PAYMENT_INSTRUCTIONS);
            case PAYMENT_PLAN_PROPOSAL:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.INSTALMENTS);
            case PAYMENT_PLAN_AGREEMENT:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.INSTALMENTS, Mention.SIGNATORY);
            case ACKNOWLEDGEMENT_OF_DEBT:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN);
            case ORDER_FOR_PAYMENT_REQUEST:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.COURT, Mention.CLAIM_BASIS,
                        Mention.EVIDENCE_SCHEDULE, Mention.CLAIMANT_LEGAL_FORM, Mention.CLAIMANT_REPRESENTATIVE,
                        Mention.CLAIMANT_PROFESSION, Mention.CLAIMANT_NATIONALITY, Mention.CLAIMANT_BIRTH,
                        Mention.SIGNATORY);
            case PROOF_OF_CLAIM:
                return EnumSet.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.EVIDENCE_SCHEDULE, Mention.SIGNATORY,
                        Mention.INSOLVENCY_PROCEEDINGS, Mention.INSOLVENCY_PRACTITIONER);
            default:
                return EnumSet.noneOf(Mention.class);
        }
    }

    /**
     * Returns every mandatory mention the letter lacks.
     *
     * @param letter the letter
     * @return the missing mentions, in the order of {@link Mention}; empty if the letter may be rendered
     */
    public static List<Mention> missingFrom(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        Set<Mention> missing = EnumSet.noneOf(Mention.class);
        for (Mention mention : requiredFor(letter.kind(), letter.jurisdiction())) {
            if (!present(mention, letter)) {
                missing.add(mention);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Checks that the letter has every mandatory mention.
     *
     * @param letter the letter
     * @throws MissingMentionsException listing every mention missing, if any is
     */
    public static void requireComplete(Letter letter) {
        List<Mention> missing = missingFrom(letter);
        if (!missing.isEmpty()) {
            throw new MissingMentionsException(letter.kind(), missing);
        }
    }

    private static boolean present(Mention mention, Letter letter) {
        switch (mention) {
            case AMOUNT_WITH_BREAKDOWN:
                return letter.statement().isPresent();
            case DUE_DATE:
                return letter.statement().isPresent() && letter.statement().get().everyClaimHasDueDate();
            case CLAIM_DESCRIPTION:
                return letter.statement().isPresent() && letter.statement().get().everyClaimHasDescription();
            case SIGNATORY:
                return letter.signatory().isPresent();
            case CREDITOR_ENTERPRISE_NUMBER:
                return letter.creditor().belgianEnterpriseNumber().isPresent();
            case CLAIMANT_LEGAL_FORM:
            case CLAIMANT_REPRESENTATIVE:
            case CLAIMANT_PROFESSION:
            case CLAIMANT_NATIONALITY:
            case CLAIMANT_BIRTH:
                return claimantIdentity(mention, (OrderForPaymentRequest) letter);
            default:
                return kindSpecific(mention, letter);
        }
    }

    private static boolean claimantIdentity(Mention mention, OrderForPaymentRequest request) {
        boolean natural = request.creditor().kind().isNaturalPerson();
        switch (mention) {
            case CLAIMANT_LEGAL_FORM:
                return natural || request.claimantLegalForm().isPresent();
            case CLAIMANT_REPRESENTATIVE:
                return natural || request.claimantRepresentative().isPresent();
            case CLAIMANT_PROFESSION:
                return !natural || request.claimantProfession().isPresent();
            case CLAIMANT_NATIONALITY:
                return !natural || request.claimantNationality().isPresent();
            default:
                return !natural || request.claimantBirthDate().isPresent() && request.claimantBirthPlace().isPresent();
        }
    }

    private static boolean kindSpecific(Mention mention, Letter letter) {
        switch (mention) {
            case PAYMENT_DEADLINE:
                if (letter instanceof FirmReminder l) {
                    return l.paymentDeadline().isPresent();
                }
                if (letter instanceof FormalNotice l) {
                    return l.paymentDeadline().isPresent();
                }
                if (letter instanceof ConsumerFirstReminder l) {
                    return l.paymentDeadline().isPresent();
                }
                return false;
            case REGISTERED_DISPATCH:
                return letter instanceof FormalNotice l && l.sentWithProofOfReceipt();
            case DAMAGES_IF_UNPAID:
                return letter instanceof ConsumerFirstReminder l && l.damagesIfUnpaid().isPresent();
            case COLLECTOR_IDENTITY:
                return letter instanceof CollectionAgencyLetter l && l.collector().isPresent();
            case PAYMENT_INSTRUCTIONS:
                return letter instanceof CollectionAgencyLetter l && l.paymentInstructions().isPresent();
            case INSTALMENTS:
                if (letter instanceof PaymentPlanProposal l) {
                    return !l.instalments().isEmpty();
                }
                return letter instanceof PaymentPlanAgreement l && !l.instalments().isEmpty();
            case COURT:
                return letter instanceof OrderForPaymentRequest l && l.court().isPresent();
            case CLAIM_BASIS:
                return letter instanceof OrderForPaymentRequest l && l.basis().isPresent();
            case EVIDENCE_SCHEDULE:
                if (letter instanceof OrderForPaymentRequest l) {
                    return !l.evidence().isEmpty();
                }
                return letter instanceof ProofOfClaim l && !l.evidence().isEmpty();
            case INSOLVENCY_PROCEEDINGS:
                return letter instanceof ProofOfClaim l && l.proceedings().isPresent();
            case INSOLVENCY_PRACTITIONER:
                return letter instanceof ProofOfClaim l && l.practitioner().isPresent();
            default:
                return false;
        }
    }
}
