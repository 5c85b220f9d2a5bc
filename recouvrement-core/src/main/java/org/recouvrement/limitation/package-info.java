/**
 * Limitation periods (<i>prescription extinctive</i>, C. civ. art. 2219 s.) and preclusive periods (<i>délais de
 * forclusion</i>): which period applies to a claim, when it started, what interrupted or suspended it, when the claim
 * becomes time-barred, and what to do while there is still time.
 *
 * <p>The entry point is {@link org.recouvrement.limitation.LimitationAssessor#assess(
 * org.recouvrement.recovery.RecoveryCase, java.time.LocalDate)}; it returns a
 * {@link org.recouvrement.limitation.LimitationAssessment} that cites the article of law behind every step. The rules
 * themselves are the constants of {@link org.recouvrement.limitation.LimitationRule}, each with the versions of the
 * law in force over time.
 */
@ValueStyle
package org.recouvrement.limitation;

import org.recouvrement.internal.ValueStyle;
