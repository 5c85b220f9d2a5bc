package org.recouvrement.examples.store;

import java.util.List;
import java.util.Objects;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * A case as the store holds it: the case itself, its version (the number of events recorded for it), and its events
 * in the order they were recorded, which may differ from the case's timeline order when an event was recorded late.
 *
 * @param file the case, its events in timeline order
 * @param version the number of events recorded; pass it to {@link CaseStore#append} as the expected version
 * @param recorded the events in the order they were recorded
 */
public record StoredCase(RecoveryCase file, long version, List<CaseEvent> recorded) {

    /**
     * Checks the stored case.
     *
     * @param file the case
     * @param version its version
     * @param recorded its events in the order recorded
     */
    public StoredCase {
        Objects.requireNonNull(file, "file");
        recorded = List.copyOf(recorded);
        if (version != recorded.size()) {
            throw new IllegalArgumentException("version " + version + " is not the number of events recorded, "
                    + recorded.size());
        }
    }
}
