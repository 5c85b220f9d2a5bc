/**
 * Creditors and debtors: {@link org.recouvrement.party.Party}, its {@link org.recouvrement.party.PartyKind kind},
 * {@link org.recouvrement.party.PostalAddress address} and {@link org.recouvrement.party.Territory territory}, and the
 * identifiers checked by their check digits ({@link org.recouvrement.party.Siren},
 * {@link org.recouvrement.party.Siret}, {@link org.recouvrement.party.BelgianEnterpriseNumber},
 * {@link org.recouvrement.party.VatNumber}).
 */
@ValueStyle
package org.recouvrement.party;

import org.recouvrement.internal.ValueStyle;
