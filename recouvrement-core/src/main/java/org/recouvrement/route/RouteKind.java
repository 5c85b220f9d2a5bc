package org.recouvrement.route;

import org.recouvrement.law.Jurisdiction;

/**
 * The recovery routes the library knows, amicable and judicial, French, Belgian and European.
 */
public enum RouteKind {
    /** Amicable reminder (<i>relance amiable</i>): letter, e-mail or call asking for payment. */
    AMICABLE_REMINDER(Jurisdiction.FRANCE, false),
    /** Formal notice (<i>mise en demeure</i>, C. civ. art. 1344): starts moratory interest at the legal rate. */
    FORMAL_NOTICE(Jurisdiction.FRANCE, false),
    /**
     * Simplified small-claims recovery (<i>procédure simplifiée de recouvrement des petites créances</i>, CPCE
     * art. L125-1) run by a judicial officer with the debtor's agreement.
     */
    SIMPLIFIED_SMALL_CLAIM_RECOVERY(Jurisdiction.FRANCE, false),
    /** Order for payment (<i>injonction de payer</i>, CPC art. 1405 to 1425). */
    ORDER_FOR_PAYMENT(Jurisdiction.FRANCE, true),
    /** Summary proceedings for an interim payment (<i>référé-provision</i>, CPC art. 835 al. 2, 873 al. 2). */
    INTERIM_PAYMENT_SUMMARY_PROCEEDINGS(Jurisdiction.FRANCE, true),
    /** Proceedings on the merits (<i>assignation au fond</i>, CPC art. 54 s., 750 s., 854 s.). */
    PROCEEDINGS_ON_THE_MERITS(Jurisdiction.FRANCE, true),
    /** Proof of claim in insolvency proceedings (<i>déclaration de créance</i>, C. com. art. L622-24). */
    PROOF_OF_CLAIM(Jurisdiction.FRANCE, true),
    /** European order for payment (Reg. (EC) No 1896/2006). */
    EUROPEAN_ORDER_FOR_PAYMENT(Jurisdiction.EUROPEAN_UNION, true),
    /** European small claims procedure (Reg. (EC) No 861/2007). */
    EUROPEAN_SMALL_CLAIMS(Jurisdiction.EUROPEAN_UNION, true),
    /** Belgium: the free first reminder to a consumer and its 14-day wait (CDE livre XIX). */
    BELGIAN_CONSUMER_FIRST_REMINDER(Jurisdiction.BELGIUM, false),
    /**
     * Belgium: recovery of uncontested money debts between enterprises through a judicial officer (C. jud.
     * art. 1394/20 s.).
     */
    BELGIAN_UNCONTESTED_DEBT_RECOVERY(Jurisdiction.BELGIUM, false),
    /** Belgium: summary order for payment (<i>procédure sommaire d'injonction de payer</i>, C. jud. art. 1338 s.). */
    BELGIAN_SUMMARY_ORDER_FOR_PAYMENT(Jurisdiction.BELGIUM, true),
    /** Belgium: ordinary summons (<i>citation</i>, C. jud. art. 700 s.). */
    BELGIAN_SUMMONS(Jurisdiction.BELGIUM, true);

    private final Jurisdiction jurisdiction;
    private final boolean judicial;

    RouteKind(Jurisdiction jurisdiction, boolean judicial) {
        this.jurisdiction = jurisdiction;
        this.judicial = judicial;
    }

    /**
     * Returns the legal order the route belongs to.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Tells whether the route goes before a court (or, for a proof of claim, into court proceedings): such routes
     * are closed to a time-barred claim and stayed by insolvency proceedings.
     *
     * @return true for a judicial route
     */
    public boolean isJudicial() {
        return judicial;
    }
}
