/**
 * Dunning (<i>relance</i>): escalation policies and the portfolio decision, <i>facts + policy + date → actions</i>.
 *
 * <p>A {@link org.recouvrement.dunning.DunningPolicy} lists the steps a claim goes through (courteous and firm
 * reminders, phone call, formal notice, hand-off to a collection agency, recovery route, write-off proposal), each
 * with its trigger, channels, template and basis; it can be built in Java or read from JSON. A
 * {@link org.recouvrement.dunning.PolicySet} gives a policy per debtor segment with overrides per debtor and per
 * claim; {@link org.recouvrement.dunning.DunningPresets} ships France and Belgium, B2B and B2C.
 * {@link org.recouvrement.dunning.Dunning#decide} (or a configured {@link org.recouvrement.dunning.DunningPlanner})
 * reads each case's timeline and answers with a {@link org.recouvrement.dunning.DunningDecision}: the actions to take
 * now with their reasons and stable identifiers, a snapshot of every case, and warnings. Deciding never sends: the
 * caller records what it did as events of the case. {@link org.recouvrement.dunning.PaymentPlan} builds and checks
 * payment plans.
 */
@ValueStyle
package org.recouvrement.dunning;

import org.recouvrement.internal.ValueStyle;
