/**
 * recouvrement: the recovery of unpaid claims under French, Belgian and EU law, as a pure Java library.
 *
 * <p>This root package holds only the exception hierarchy shared by every concept package:
 * {@link org.recouvrement.RecouvrementException} and its general subclasses. Start with
 * {@code org.recouvrement.claim.Claim} and {@code org.recouvrement.recovery.RecoveryCase}.
 */
package org.recouvrement;
