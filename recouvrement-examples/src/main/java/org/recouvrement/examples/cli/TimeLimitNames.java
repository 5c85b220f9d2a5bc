package org.recouvrement.examples.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recouvrement.deadline.ProceduralTimeLimit;
import org.recouvrement.deadline.TimeLimits;

/**
 * The names the command line gives the time limits of {@link TimeLimits}: each constant's name in lower case with
 * hyphens, such as {@code order-for-payment-opposition} for {@code ORDER_FOR_PAYMENT_OPPOSITION}. Read from the
 * class, so a time limit added to the catalogue is named without a change here.
 */
final class TimeLimitNames {

    private static final Map<String, ProceduralTimeLimit> BY_NAME = load();

    private TimeLimitNames() {
    }

    /** The time limits by command-line name, in the catalogue's order. */
    static Map<String, ProceduralTimeLimit> all() {
        return BY_NAME;
    }

    /** The time limit of a name, in either form ({@code appeal}, {@code APPEAL}, {@code summary_order_appeal}). */
    static Optional<ProceduralTimeLimit> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT).replace('_', '-')));
    }

    private static Map<String, ProceduralTimeLimit> load() {
        Map<String, ProceduralTimeLimit> names = new LinkedHashMap<>();
        for (Field field : TimeLimits.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProceduralTimeLimit.class) {
                try {
                    names.put(field.getName().toLowerCase(Locale.ROOT).replace('_', '-'),
                            (ProceduralTimeLimit) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read TimeLimits." + field.getName(), e);
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }
}
