package org.recouvrement.deadline;

import java.time.Period;
import java.util.List;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * The procedural time limits recovery uses, each with the text that sets it. Compute them with
 * {@link DeadlineCalculator}.
 */
public final class TimeLimits {

    /**
     * Opposition to an order for payment (<i>opposition à injonction de payer</i>): one month from service of the
     * order, CPC art. 1416. Extended by CPC art. 643-644 (an opposition).
     */
    public static final ProceduralTimeLimit ORDER_FOR_PAYMENT_OPPOSITION = ProceduralTimeLimit.builder()
            .name("Opposition to an order for payment")
            .period(Period.ofMonths(1))
            .kind(TimeLimitKind.OPPOSITION)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1416"))
            .build();

    /**
     * Service of an order for payment (<i>signification de l'ordonnance d'injonction de payer</i>): within six months
     * of the order, or the order lapses (<i>non avenue</i>), CPC art. 1411. Not a distance-extended time limit.
     */
    public static final ProceduralTimeLimit ORDER_FOR_PAYMENT_SERVICE = ProceduralTimeLimit.builder()
            .name("Service of an order for payment")
            .period(Period.ofMonths(6))
            .kind(TimeLimitKind.OTHER)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1411"))
            .build();

    /**
     * Appeal against a judgment in contentious matters (<i>délai d'appel</i>): one month from service, CPC art. 538.
     * Extended by CPC art. 643-644.
     */
    public static final ProceduralTimeLimit APPEAL = ProceduralTimeLimit.builder()
            .name("Appeal against a judgment")
            .period(Period.ofMonths(1))
            .kind(TimeLimitKind.APPEAL)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("538"))
            .build();

    /**
     * Appeal against a summary order (<i>appel d'une ordonnance de référé</i>): fifteen days from service, CPC
     * art. 490. Extended by CPC art. 643-644.
     */
    public static final ProceduralTimeLimit SUMMARY_ORDER_APPEAL = ProceduralTimeLimit.builder()
            .name("Appeal against a summary order")
            .period(Period.ofDays(15))
            .kind(TimeLimitKind.APPEAL)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("490"))
            .build();

    /**
     * Proof of claim in insolvency proceedings (<i>déclaration de créance</i>): two months from publication of the
     * opening judgment in the BODACC, plus two months for a creditor outside metropolitan France, C. com.
     * art. R622-24. Late, the claim is precluded (<i>forclusion</i>).
     */
    public static final ProceduralTimeLimit PROOF_OF_CLAIM = ProceduralTimeLimit.builder()
            .name("Proof of claim")
            .period(Period.ofMonths(2))
            .kind(TimeLimitKind.PROOF_OF_CLAIM)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.COMMERCIAL_CODE.article("R622-24"))
            .build();

    /**
     * Action for relief from preclusion (<i>relevé de forclusion</i>): six months from publication of the opening
     * judgment in the BODACC, C. com. art. L622-26 (one year for a creditor who could not know of its claim in time,
     * which this time limit does not cover).
     */
    public static final ProceduralTimeLimit RELIEF_FROM_PRECLUSION = ProceduralTimeLimit.builder()
            .name("Relief from preclusion")
            .period(Period.ofMonths(6))
            .kind(TimeLimitKind.OTHER)
            .jurisdiction(Jurisdiction.FRANCE)
            .reference(LegalCode.COMMERCIAL_CODE.article("L622-26"))
            .build();

    /**
     * Statement of opposition to a European order for payment: thirty days from service of the order, Regulation
     * (EC) No 1896/2006 art. 16(2), counted under Regulation (EEC, Euratom) No 1182/71.
     */
    public static final ProceduralTimeLimit EUROPEAN_ORDER_FOR_PAYMENT_OPPOSITION = ProceduralTimeLimit.builder()
            .name("Opposition to a European order for payment")
            .period(Period.ofDays(30))
            .kind(TimeLimitKind.OPPOSITION)
            .jurisdiction(Jurisdiction.EUROPEAN_UNION)
            .reference(LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION, "Reg. (EC) No 1896/2006", "16(2)"))
            .build();

    private static final List<ProceduralTimeLimit> ALL = List.of(ORDER_FOR_PAYMENT_OPPOSITION,
            ORDER_FOR_PAYMENT_SERVICE, APPEAL, SUMMARY_ORDER_APPEAL, PROOF_OF_CLAIM, RELIEF_FROM_PRECLUSION,
            EUROPEAN_ORDER_FOR_PAYMENT_OPPOSITION);

    private TimeLimits() {
    }

    /**
     * Returns every time limit of this catalogue.
     *
     * @return the time limits
     */
    public static List<ProceduralTimeLimit> all() {
        return ALL;
    }
}
