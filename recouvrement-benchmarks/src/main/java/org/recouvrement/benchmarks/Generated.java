package org.recouvrement.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Draws inputs from the generators the library ships for property-based tests, outside a property run and from a
 * fixed seed, so that every benchmark run sees the same inputs.
 */
final class Generated {

    private static final int GENERATION_SIZE = 1000;

    private Generated() {
    }

    /**
     * Draws values until {@code count} of them pass the filter.
     *
     * @param arbitrary the generator
     * @param seed the seed
     * @param count how many values to keep
     * @param keep the filter
     * @param <T> the type of the values
     * @return the values, in the order drawn
     */
    static <T> List<T> draw(Arbitrary<T> arbitrary, long seed, int count, Predicate<? super T> keep) {
        List<T> values = new ArrayList<>(count);
        JqwikSession.start();
        try {
            RandomGenerator<T> generator = arbitrary.generator(GENERATION_SIZE);
            Random random = new Random(seed);
            while (values.size() < count) {
                T value = generator.next(random).value();
                if (keep.test(value)) {
                    values.add(value);
                }
            }
        } finally {
            JqwikSession.finish();
        }
        return values;
    }
}
