package org.recouvrement.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.recouvrement.internal.Checks;

/**
 * Why an answer is what it is: the ordered reasons, each with its legal references.
 *
 * <p>Every answer of the library (a limitation date, an interest figure, a closed route) carries one. Immutable;
 * {@link #plus(Reason)} returns a new explanation.
 */
public final class Explanation {

    private static final Explanation EMPTY = new Explanation(List.of());

    private final List<Reason> reasons;

    private Explanation(List<Reason> reasons) {
        this.reasons = reasons;
    }

    /**
     * Returns an explanation without reasons.
     *
     * @return the empty explanation
     */
    public static Explanation empty() {
        return EMPTY;
    }

    /**
     * Returns an explanation of the given reasons, in order.
     *
     * @param reasons the reasons
     * @return the explanation
     */
    public static Explanation of(Reason... reasons) {
        Checks.present(reasons, "reasons");
        return of(List.of(reasons));
    }

    /**
     * Returns an explanation of the given reasons, in order.
     *
     * @param reasons the reasons
     * @return the explanation
     */
    public static Explanation of(List<Reason> reasons) {
        Checks.present(reasons, "reasons");
        return reasons.isEmpty() ? EMPTY : new Explanation(List.copyOf(reasons));
    }

    /**
     * Returns this explanation followed by one more reason.
     *
     * @param reason the reason to append
     * @return a new explanation
     */
    public Explanation plus(Reason reason) {
        Checks.present(reason, "reason");
        List<Reason> all = new ArrayList<>(reasons.size() + 1);
        all.addAll(reasons);
        all.add(reason);
        return new Explanation(List.copyOf(all));
    }

    /**
     * Returns this explanation followed by the reasons of another.
     *
     * @param other the explanation to append
     * @return a new explanation
     */
    public Explanation plus(Explanation other) {
        Checks.present(other, "other");
        if (other.reasons.isEmpty()) {
            return this;
        }
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(other.reasons);
        return new Explanation(List.copyOf(all));
    }

    /**
     * Returns the reasons, in order.
     *
     * @return the reasons
     */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Returns every legal reference cited, once each, in order of first citation.
     *
     * @return the distinct references
     */
    public List<LegalReference> references() {
        Set<LegalReference> all = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            all.addAll(reason.references());
        }
        return List.copyOf(all);
    }

    /**
     * Tells whether there is no reason.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return reasons.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Explanation other && reasons.equals(other.reasons);
    }

    @Override
    public int hashCode() {
        return reasons.hashCode();
    }

    /**
     * Returns the reasons, one per line.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Reason reason : reasons) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append("- ").append(reason);
        }
        return out.toString();
    }
}
