package org.recouvrement.party.archfixture;

import org.recouvrement.recovery.RecoveryCase;

/** A party-layer class that reaches up into the case file, on purpose (breaks the layer rule). */
public final class PartyNeedingCase {

    private PartyNeedingCase() {
    }

    /**
     * Reaches up a layer.
     *
     * @param file a case
     * @return its id
     */
    public static String id(RecoveryCase file) {
        return file.id();
    }
}
