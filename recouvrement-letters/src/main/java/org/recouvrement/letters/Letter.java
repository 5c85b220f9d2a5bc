package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;

/**
 * What every document of this module has: its kind, its date, its language and tone, the creditor and the debtor,
 * the figures, and the law it is written under.
 *
 * <p>Each kind is an immutable value with a builder ({@link FormalNotice#builder()}...). A letter may be built
 * without some of its mandatory mentions; {@link MandatoryMentions#missingFrom(Letter)} lists them, and the renderer
 * refuses to render such a letter with a {@link MissingMentionsException}. What contradicts itself or the law cannot
 * be built at all ({@link InvalidLetterException}).
 *
 * <p>The set of kinds is closed: the interface is sealed, and each kind's implementation is generated.
 */
public sealed interface Letter permits CourteousReminder, FirmReminder, FormalNotice, ConsumerFirstReminder, CollectionAgencyLetter, PaymentPlanProposal, PaymentPlanAgreement, AcknowledgementOfDebtForm, OrderForPaymentRequest, ProofOfClaim, GroupedReminder {

    /**
     * Returns the kind of document.
     *
     * @return the kind
     */
    DocumentKind kind();

    /**
     * Returns the legal order the document is written under: France for every kind but the Belgian consumer's first
     * reminder. The language is independent: a French formal notice may be written in English to a debtor abroad.
     *
     * @return the jurisdiction
     */
    Jurisdiction jurisdiction();

    /**
     * Returns the date of the document: the date printed on it and the date its PDF metadata carry.
     *
     * @return the date
     */
    LocalDate date();

    /**
     * Returns the language to write the document in.
     *
     * @return the language; by default the debtor's ({@link Party#language()}, itself French by default)
     */
    @Value.Default
    default Language language() {
        return debtor().language();
    }

    /**
     * Returns the tone, which selects a variant of the template.
     *
     * @return the tone; {@link Tone#STANDARD} by default
     */
    @Value.Default
    default Tone tone() {
        return Tone.STANDARD;
    }

    /**
     * Returns the creditor (<i>créancier</i>), who sends the document or on whose behalf it is sent.
     *
     * @return the creditor
     */
    Party creditor();

    /**
     * Returns the debtor (<i>débiteur</i>).
     *
     * @return the debtor
     */
    Party debtor();

    /**
     * Returns the figures: claims, interest, charges, payments, balance.
     *
     * @return the statement, if given
     */
    Optional<AmountStatement> statement();

    /**
     * Returns the sender's file reference (<i>nos références</i>), to be recalled in every later letter.
     *
     * @return the reference, if given
     */
    Optional<String> fileReference();

    /**
     * Returns the name and capacity of the person who signs, such as {@code "Jeanne Durand, directrice financière"}.
     *
     * @return the signatory, if given
     */
    Optional<String> signatory();

    /**
     * Returns the articles the document relies on, in the order it cites them.
     *
     * @return the legal bases
     */
    List<LegalReference> legalBases();

    /**
     * Tells whether creditor and debtor are both professionals, so that the B2B late-payment rules of C. com.
     * art. L441-10 apply (penalties without reminder, 40 € fixed compensation).
     *
     * @return true between professionals
     */
    default boolean businessToBusiness() {
        ClaimNature nature = ClaimNature.between(creditor(), debtor());
        return nature == ClaimNature.BUSINESS_TO_BUSINESS || nature == ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS;
    }
}
