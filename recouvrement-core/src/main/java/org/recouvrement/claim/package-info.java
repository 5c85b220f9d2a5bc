/**
 * The claim (<i>créance</i>): {@link org.recouvrement.claim.Claim} with its parties, origin, nature, amounts, dates,
 * {@link org.recouvrement.claim.PaymentTerms payment terms}, instalments, evidence and guarantees. An invalid claim
 * cannot be built.
 */
@ValueStyle
package org.recouvrement.claim;

import org.recouvrement.internal.ValueStyle;
