package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.recouvrement.recovery.CaseEvent;

/**
 * The events of a case as the limitation assessment read them, each made into an {@link AppliedEvent} when asked
 * for, from the trace the replay of the governing period left. Unmodifiable.
 */
final class AppliedEvents extends AbstractList<AppliedEvent> implements RandomAccess {

    private final List<CaseEvent> events;
    private final int count;
    private final Replay.Trace trace;

    AppliedEvents(List<CaseEvent> events, int count, Replay.Trace trace) {
        this.events = events;
        this.count = count;
        this.trace = trace;
    }

    @Override
    public AppliedEvent get(int index) {
        Objects.checkIndex(index, count);
        long after = trace.after(index);
        return AppliedEvent.of(events.get(index), trace.effect(index), trace.cause(index),
                after == Replay.NO_DAY ? null : LocalDate.ofEpochDay(after));
    }

    @Override
    public int size() {
        return count;
    }
}
