/**
 * Late-payment interest (<i>intérêts moratoires</i>), compensation for recovery costs and imputation of payments,
 * computed period by period from versioned statutory rate tables.
 *
 * <p>Start with {@link org.recouvrement.interest.InterestCalculator}: give it a
 * {@link org.recouvrement.recovery.RecoveryCase} and a date, it chooses the regime the claim falls under (French
 * legal rate, C. civ. art. 1231-6 and 1344-1; French B2B penalties, C. com. art. L441-10; Belgian commercial or legal
 * rate; a contractual rate), and answers with an {@link org.recouvrement.interest.InterestStatement}: one line per
 * period of constant rate and base, the payments imputed to interest and costs first (C. civ. art. 1343-1), the
 * fixed recovery compensation (C. com. art. D441-5) and the balance, with the legal reference of every figure.
 * {@link org.recouvrement.interest.PaymentImputation} spreads one payment over several debts (C. civ. art. 1342-10).
 *
 * <p>The rates come from {@link org.recouvrement.interest.StatutoryRates}: tables shipped with the library (each row
 * with its period and the text that published it), extended by an integrator through
 * {@link org.recouvrement.spi.StatutoryRateSource}. A date with no published rate raises
 * {@link org.recouvrement.interest.UnknownStatutoryRateException} unless the caller opts into the latest known rate,
 * which the statement then reports.
 */
@ValueStyle
package org.recouvrement.interest;

import org.recouvrement.internal.ValueStyle;
