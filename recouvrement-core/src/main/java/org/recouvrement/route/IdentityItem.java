package org.recouvrement.route;

import java.util.ArrayList;
import java.util.List;
import org.recouvrement.internal.Checks;
import org.recouvrement.party.Party;

/**
 * An item of a claimant's identity that every initial claim, a request for an order for payment included, must state
 * on pain of nullity (CPC art. 54 3°): for a natural person, the surname and first names, profession, domicile,
 * nationality, date and place of birth; for a legal person, its form, name, registered office and the organ that
 * legally represents it.
 *
 * <p>The library holds a party's name and address, and nothing else of this list: {@link #heldByTheLibrary()} says
 * which items the document takes from the {@link Party}, the others the claimant completes.
 */
public enum IdentityItem {
    /** A natural person's surname and first names (<i>nom, prénoms</i>): the party's name. */
    SURNAME_AND_FIRST_NAMES(true, true),
    /** A natural person's profession. */
    PROFESSION(true, false),
    /** A natural person's domicile: the party's address. */
    DOMICILE(true, true),
    /** A natural person's nationality. */
    NATIONALITY(true, false),
    /** A natural person's date and place of birth. */
    DATE_AND_PLACE_OF_BIRTH(true, false),
    /** A legal person's form (<i>forme</i>), such as SARL or SAS. */
    LEGAL_FORM(false, false),
    /** A legal person's name (<i>dénomination</i>): the party's name. */
    NAME(false, true),
    /** A legal person's registered office (<i>siège social</i>): the party's address. */
    REGISTERED_OFFICE(false, true),
    /** The organ legally representing a legal person (<i>organe qui la représente légalement</i>). */
    REPRESENTATIVE_ORGAN(false, false);

    private final boolean naturalPerson;
    private final boolean held;

    IdentityItem(boolean naturalPerson, boolean held) {
        this.naturalPerson = naturalPerson;
        this.held = held;
    }

    /**
     * Returns the items CPC art. 54 3° requires for a claimant, in the order of the article.
     *
     * @param claimant the claimant
     * @return the items for a natural or a legal person
     */
    public static List<IdentityItem> requiredFor(Party claimant) {
        boolean natural = Checks.present(claimant, "claimant").kind().isNaturalPerson();
        List<IdentityItem> items = new ArrayList<>();
        for (IdentityItem item : values()) {
            if (item.naturalPerson == natural) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    /**
     * Tells whether the library takes the item from the {@link Party} (its name or address).
     *
     * @return true for the name and the domicile or registered office
     */
    public boolean heldByTheLibrary() {
        return held;
    }
}
