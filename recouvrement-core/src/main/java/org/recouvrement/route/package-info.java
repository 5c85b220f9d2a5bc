/**
 * Recovery routes (<i>voies de recouvrement</i>): which are open on a date, before which court, with or without a
 * lawyer, with which deadlines, and why.
 *
 * <p>The entry point is {@link org.recouvrement.route.RouteAdvisor}: {@code (RecoveryCase, asOf) -> RouteAssessment}.
 * Every route ({@link org.recouvrement.route.RouteKind}) is assessed {@link org.recouvrement.route.Eligibility.Eligible
 * eligible}, {@link org.recouvrement.route.Eligibility.NeedsReview needing review} or
 * {@link org.recouvrement.route.Eligibility.Ineligible ineligible}, each with its reasons and legal references, under
 * the law in force on the date asked.
 *
 * <p>{@link org.recouvrement.route.CourtDocuments} drafts, for a route that is open or needs review, the content of
 * its court document as data: the request for an order for payment (CPC art. 1407), the proof of claim (C. com.
 * art. L622-25) and the application for a European order for payment (form A, Reg. (EC) No 1896/2006 art. 7).
 */
@ValueStyle
package org.recouvrement.route;

import org.recouvrement.internal.ValueStyle;
