package org.recouvrement.dunning;

import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * The legal references the dunning package cites.
 */
final class Refs {

    static final LegalReference FORMAL_NOTICE = LegalCode.CIVIL_CODE.article("1344");
    static final LegalReference FORMAL_NOTICE_INTEREST = LegalCode.CIVIL_CODE.article("1344-1");
    static final LegalReference ACKNOWLEDGEMENT = LegalCode.CIVIL_CODE.article("2240");
    static final LegalReference COURT_ACTION_INTERRUPTS = LegalCode.CIVIL_CODE.article("2241");
    static final LegalReference GRACE_PERIOD = LegalCode.CIVIL_CODE.article("1343-5");
    static final LegalReference PENALTY_CLAUSE = LegalCode.CIVIL_CODE.article("1231-5");
    static final LegalReference COMMERCIAL_PENALTIES = LegalCode.COMMERCIAL_CODE.article("L441-10");
    static final LegalReference FIXED_COMPENSATION = LegalCode.COMMERCIAL_CODE.article("D441-5");
    static final LegalReference STAY_OF_ACTIONS = LegalCode.COMMERCIAL_CODE.article("L622-21");
    static final LegalReference PROOF_OF_CLAIM = LegalCode.COMMERCIAL_CODE.article("L622-24");
    static final LegalReference COLLECTION_COSTS = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L111-8");
    static final LegalReference SMALL_CLAIMS = LegalCode.CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES.article("L125-1");
    static final LegalReference ORDER_FOR_PAYMENT = LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1405");
    static final LegalReference MEDIATION_SUSPENDS = LegalCode.CIVIL_CODE.article("2238");
    static final LegalReference IMPEDIMENT_SUSPENDS = LegalCode.CIVIL_CODE.article("2234");
    static final LegalReference BELGIAN_LATE_PAYMENT_LAW = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "Loi du 2 août 2002");
    static final LegalReference BELGIAN_SUMMARY_ORDER = LegalCode.BELGIAN_JUDICIAL_CODE.article("1338");
    static final LegalReference BELGIAN_UNCONTESTED_DEBTS = LegalCode.BELGIAN_JUDICIAL_CODE.article("1394/20");
    static final LegalReference CONSUMER_DEBT_REMINDER = LegalCode.BELGIAN_CODE_OF_ECONOMIC_LAW.article("XIX.2");
    static final LegalReference CONSUMER_DEBT_BOOK = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "CDE livre XIX");

    private Refs() {
    }
}
