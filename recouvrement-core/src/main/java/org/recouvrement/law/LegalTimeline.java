package org.recouvrement.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * A rule as it changed over time: consecutive {@link Provision provisions} that never overlap, so that the law in
 * force on any date is one lookup.
 *
 * <pre>{@code
 * LegalTimeline<Amount> ceiling = LegalTimeline.of(List.of(
 *     Provision.of(Amount.euros(4000), EffectivePeriod.ofHalfOpen(LocalDate.of(2016, 6, 1), LocalDate.of(2020, 1, 1)), ref2016),
 *     Provision.of(Amount.euros(5000), EffectivePeriod.from(LocalDate.of(2020, 1, 1)), ref2019)));
 * ceiling.inForceOn(LocalDate.of(2019, 12, 31)); // the 4,000 € provision
 * }</pre>
 *
 * @param <T> the type of the values
 */
public final class LegalTimeline<T> {

    private final List<Provision<T>> provisions;

    private LegalTimeline(List<Provision<T>> provisions) {
        this.provisions = provisions;
    }

    /**
     * Returns the timeline of the given provisions.
     *
     * @param <T> the type of the values
     * @param provisions the provisions, in any order
     * @return the timeline, ordered by start date
     * @throws InvalidValueException if two provisions overlap
     */
    public static <T> LegalTimeline<T> of(List<Provision<T>> provisions) {
        Checks.present(provisions, "provisions");
        List<Provision<T>> sorted = new ArrayList<>(provisions);
        sorted.sort(Comparator.comparing(p -> p.period().startInclusive()));
        for (int i = 1; i < sorted.size(); i++) {
            EffectivePeriod previous = sorted.get(i - 1).period();
            LocalDate start = sorted.get(i).period().startInclusive();
            if (previous.endExclusive().isEmpty() || previous.endExclusive().get().isAfter(start)) {
                throw new InvalidValueException("provisions", previous + " and " + sorted.get(i).period(),
                        "overlap; the law in force on a date must be unique");
            }
        }
        return new LegalTimeline<>(List.copyOf(sorted));
    }

    /**
     * Returns the provision in force on a date.
     *
     * @param date the date the question is asked for
     * @return the provision, or empty if the timeline has none for that date
     */
    public Optional<Provision<T>> inForceOn(LocalDate date) {
        Checks.present(date, "date");
        for (int i = provisions.size() - 1; i >= 0; i--) {
            Provision<T> provision = provisions.get(i);
            if (provision.period().contains(date)) {
                return Optional.of(provision);
            }
            if (!date.isBefore(provision.period().startInclusive())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every provision, ordered by start date.
     *
     * @return the provisions
     */
    public List<Provision<T>> provisions() {
        return provisions;
    }

    @Override
    public String toString() {
        return provisions.toString();
    }
}
