package org.recouvrement.deadline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a time limit is for, as far as the distance extensions (<i>délais de distance</i>) distinguish it. CPC
 * art. 643 extends the time limits for appearance, appeal, opposition, third-party opposition, application for
 * revision and appeal to the Cour de cassation; CPC art. 644 the same except the appeal to the Cour de cassation;
 * C. com. art. R622-24 has its own extension for the proof of claim. Every other time limit is not extended.
 */
public enum TimeLimitKind {

    /** Time to appear (<i>délai de comparution</i>). Extended by CPC art. 643 and 644. */
    APPEARANCE,
    /** Time to appeal (<i>délai d'appel</i>). Extended by CPC art. 643 and 644. */
    APPEAL,
    /** Time to oppose a decision given by default or an order for payment (<i>opposition</i>). Extended by CPC
     *  art. 643 and 644. */
    OPPOSITION,
    /** Time for third-party opposition, CPC art. 586 al. 3 (<i>tierce opposition</i>). Extended by CPC art. 643 and
     *  644. */
    THIRD_PARTY_OPPOSITION,
    /** Time to apply for revision (<i>recours en révision</i>). Extended by CPC art. 643 and 644. */
    REVISION,
    /** Time to appeal to the Cour de cassation (<i>pourvoi en cassation</i>). Extended by CPC art. 643 only. */
    CASSATION,
    /** Time to file a proof of claim in insolvency proceedings (<i>déclaration de créance</i>). Extended by two months
     *  for creditors outside metropolitan France, C. com. art. R622-24. */
    PROOF_OF_CLAIM,
    /** Any other time limit: not extended for distance. */
    OTHER;

    private static final Set<TimeLimitKind> ARTICLE_643 = EnumSet.of(APPEARANCE, APPEAL, OPPOSITION,
            THIRD_PARTY_OPPOSITION, REVISION, CASSATION);
    private static final Set<TimeLimitKind> ARTICLE_644 = EnumSet.of(APPEARANCE, APPEAL, OPPOSITION,
            THIRD_PARTY_OPPOSITION, REVISION);

    /**
     * Tells whether CPC art. 643 (court seated in metropolitan France) extends this kind of time limit.
     *
     * @return true for the kinds the article lists
     */
    public boolean isExtendedByArticle643() {
        return ARTICLE_643.contains(this);
    }

    /**
     * Tells whether CPC art. 644 (court seated overseas) extends this kind of time limit.
     *
     * @return true for the kinds the article lists
     */
    public boolean isExtendedByArticle644() {
        return ARTICLE_644.contains(this);
    }
}
