package org.recouvrement.limitation;

/**
 * Whether a time limit is a limitation period or a preclusive period; the difference decides which events stop or
 * restart the clock.
 */
public enum PeriodKind {
    /**
     * A limitation period (<i>délai de prescription</i>, C. civ. art. 2219): interrupted by an acknowledgement, a
     * court action or an enforcement measure (art. 2240-2244), suspended by the causes of art. 2233-2239, and capped
     * by the 20-year long-stop of art. 2232. The debtor must plead it; the court cannot raise it of its own motion
     * (art. 2247).
     */
    LIMITATION,
    /**
     * A preclusive period (<i>délai de forclusion</i>): the rules on limitation do not govern it unless a text says
     * so (C. civ. art. 2220). A court action and an enforcement measure interrupt it (art. 2241, 2244, which name
     * it); an acknowledgement does not, and no suspension applies (art. 2239 expressly excluded).
     */
    PRECLUSIVE
}
