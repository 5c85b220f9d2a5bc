package org.recouvrement.dunning;

import java.util.Optional;
import org.recouvrement.internal.Checks;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;

/**
 * The segments of debtors a {@link PolicySet} gives a policy to: consumers, professionals and public bodies, in France
 * (overseas included) and in Belgium.
 *
 * <p>Non-professional legal persons (associations, residents' syndicates) fall in the consumer segment: they are not
 * professionals, and a gentler policy suits them; the consumer rules of Belgian law (CDE book XIX) are applied by the
 * planner to consumers only.
 */
public enum DebtorSegment {
    /** A consumer or non-professional legal person in France. */
    FRENCH_CONSUMER,
    /** A company or professional natural person in France. */
    FRENCH_PROFESSIONAL,
    /** A French public body. */
    FRENCH_PUBLIC_BODY,
    /** A consumer or non-professional legal person in Belgium. */
    BELGIAN_CONSUMER,
    /** A company or professional natural person in Belgium. */
    BELGIAN_PROFESSIONAL,
    /** A Belgian public body. */
    BELGIAN_PUBLIC_BODY;

    /**
     * Returns the segment of a debtor, from its kind and the territory of its address.
     *
     * @param debtor the debtor
     * @return the segment, or empty for a debtor outside France and Belgium
     */
    public static Optional<DebtorSegment> of(Party debtor) {
        Checks.present(debtor, "debtor");
        return Optional.ofNullable(of(debtor.kind(), debtor.territory()));
    }

    static DebtorSegment of(PartyKind kind, Territory territory) {
        boolean french = territory.isFrench();
        if (!french && territory != Territory.BELGIUM) {
            return null;
        }
        if (kind == PartyKind.PUBLIC_BODY) {
            return french ? FRENCH_PUBLIC_BODY : BELGIAN_PUBLIC_BODY;
        }
        if (kind.isProfessional()) {
            return french ? FRENCH_PROFESSIONAL : BELGIAN_PROFESSIONAL;
        }
        return french ? FRENCH_CONSUMER : BELGIAN_CONSUMER;
    }
}
