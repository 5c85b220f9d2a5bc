package org.recouvrement.letters;

import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * The articles the letters cite, each once. Sources: {@code docs/LEGAL-REFERENCE.md} (sections 3, 4.1, 5.1, 5.3), and
 * for C. civ. art. 1376 and C. com. art. L622-25 the texts on Legifrance as stated in {@code docs/LETTERS.md}.
 */
final class LegalReferences {

    /** Formal notice: summons or sufficient demand; a registered letter suffices. */
    static final LegalReference FR_FORMAL_NOTICE = LegalCode.CIVIL_CODE.article("1344");
    /** Moratory interest at the legal rate, without proof of loss. */
    static final LegalReference FR_MORATORY_INTEREST = LegalCode.CIVIL_CODE.article("1231-6");
    /** Moratory interest runs from the formal notice. */
    static final LegalReference FR_INTEREST_FROM_NOTICE = LegalCode.CIVIL_CODE.article("1344-1");
    /** B2B late-payment interest and the fixed recovery compensation. */
    static final LegalReference FR_LATE_PAYMENT_B2B = LegalCode.COMMERCIAL_CODE.article("L441-10");
    /** The amount of the fixed recovery compensation, 40 euros. */
    static final LegalReference FR_FIXED_COMPENSATION = LegalCode.COMMERCIAL_CODE.article("D441-5");
    /** Mandatory mentions of a collection agency's letter. */
    static final LegalReference FR_COLLECTOR_LETTER = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("R124-4");
    /** Costs of recovery without an enforceable title remain with the creditor. */
    static final LegalReference FR_RECOVERY_COSTS = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L111-8");
    /** Acknowledgement interrupts limitation. */
    static final LegalReference FR_ACKNOWLEDGEMENT = LegalCode.CIVIL_CODE.article("2240");
    /** A unilateral undertaking to pay proves only with the sum written in words and figures by the signer. */
    static final LegalReference FR_UNILATERAL_UNDERTAKING = LegalCode.CIVIL_CODE.article("1376");
    /** Order for payment: admissible claims. */
    static final LegalReference FR_ORDER_FOR_PAYMENT = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1405");
    /** Order for payment: content of the request. */
    static final LegalReference FR_ORDER_REQUEST_CONTENT = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1407");
    /** Order for payment: referral to the court on the merits in case of opposition. */
    static final LegalReference FR_ORDER_REFERRAL = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1408");
    /** Mentions of every initial claim. */
    static final LegalReference FR_INITIAL_CLAIM = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("54");
    /** Mentions of a request. */
    static final LegalReference FR_REQUEST = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("57");
    /** Proof of claim: who declares, to whom. */
    static final LegalReference FR_PROOF_OF_CLAIM = LegalCode.COMMERCIAL_CODE.article("L622-24");
    /** Proof of claim: its content. */
    static final LegalReference FR_PROOF_OF_CLAIM_CONTENT = LegalCode.COMMERCIAL_CODE.article("L622-25");
    /** Proof of claim: the two-month time limit from the BODACC publication. */
    static final LegalReference FR_PROOF_OF_CLAIM_DEADLINE = LegalCode.COMMERCIAL_CODE.article("R622-24");
    /** Belgian consumer debts: the free first reminder and its fourteen-day delay. */
    static final LegalReference BE_CONSUMER_FIRST_REMINDER = LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XIX.2");

    private LegalReferences() {
    }
}
