package org.recouvrement.examples.erp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;

/**
 * An integrator's own rule, built on the library's values: the aged balance (<i>balance âgée</i>) an ERP shows, the
 * outstanding principal of each case put in a bucket by days past its due date.
 */
public final class AgedBalance {

    /** The ageing buckets, by days past due. */
    public enum Bucket {
        /** Not yet due. */
        NOT_DUE,
        /** 1 to 30 days past due. */
        DAYS_1_TO_30,
        /** 31 to 60 days past due. */
        DAYS_31_TO_60,
        /** 61 to 90 days past due. */
        DAYS_61_TO_90,
        /** More than 90 days past due. */
        OVER_90_DAYS
    }

    private AgedBalance() {
    }

    /**
     * Returns the bucket of a case on a date.
     *
     * @param file the case
     * @param asOf the date
     * @return the bucket of its due date
     */
    public static Bucket bucketOf(RecoveryCase file, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(file.claim().dueDate(), Objects.requireNonNull(asOf, "asOf"));
        if (days <= 0) {
            return Bucket.NOT_DUE;
        }
        if (days <= 30) {
            return Bucket.DAYS_1_TO_30;
        }
        if (days <= 60) {
            return Bucket.DAYS_31_TO_60;
        }
        return days <= 90 ? Bucket.DAYS_61_TO_90 : Bucket.OVER_90_DAYS;
    }

    /**
     * Sums the outstanding principal of cases in euros per bucket; settled cases count for nothing.
     *
     * @param cases the cases, all in euros
     * @param asOf the date
     * @return the total per bucket, every bucket present
     */
    public static Map<Bucket, Amount> of(Collection<RecoveryCase> cases, LocalDate asOf) {
        Map<Bucket, Amount> totals = new EnumMap<>(Bucket.class);
        for (Bucket bucket : Bucket.values()) {
            totals.put(bucket, Amount.zero(Amount.EUR));
        }
        for (RecoveryCase file : cases) {
            Amount outstanding = file.outstandingBalance(asOf);
            if (outstanding.isPositive()) {
                totals.merge(bucketOf(file, asOf), outstanding, Amount::plus);
            }
        }
        return totals;
    }
}
