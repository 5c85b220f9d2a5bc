/**
 * Procedural time limits (<i>délais de procédure</i>): when does a time limit expire, and why.
 *
 * <p>{@link org.recouvrement.deadline.DeadlineCalculator} applies CPC art. 640-644 (France), Code judiciaire
 * art. 52-54 (Belgium) and Regulation (EEC, Euratom) No 1182/71 (EU time limits) to a
 * {@link org.recouvrement.deadline.ProceduralTimeLimit}, and answers with a {@link org.recouvrement.deadline.Deadline}
 * that carries the start, the raw end, each move with its reason and reference, and the final instant.
 * {@link org.recouvrement.deadline.TimeLimits} names the time limits recovery uses.
 * {@link org.recouvrement.deadline.TimeLimitArithmetic} holds the bare date arithmetic that limitation periods share
 * (C. civ. art. 2228-2229), without the move to a working day, which limitation periods do not get.
 */
@ValueStyle
package org.recouvrement.deadline;

import org.recouvrement.internal.ValueStyle;
