package org.recouvrement.interest;

import java.util.List;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;

/**
 * One series of rates, indexed for lookup by day: sorted arrays of epoch days searched by bisection, each row with
 * the rates the regimes derive from it computed once (legal rate + 5 points, × 3; ECB rate + 10 points).
 */
final class RateTable {

    private static final Rate FIVE_POINTS = Rate.ofPercent("5");
    private static final Rate TEN_POINTS = Rate.ofPercent("10");

    private final int[] starts;
    private final int[] ends;
    private final Row[] rows;

    /**
     * Indexes rows that are sorted, do not overlap and all have an end.
     *
     * @param provisions the rows
     */
    RateTable(List<Provision<Rate>> provisions) {
        int n = provisions.size();
        starts = new int[n];
        ends = new int[n];
        rows = new Row[n];
        for (int i = 0; i < n; i++) {
            Provision<Rate> provision = provisions.get(i);
            starts[i] = Math.toIntExact(provision.period().startInclusive().toEpochDay());
            ends[i] = Math.toIntExact(provision.period().endExclusive().orElseThrow().toEpochDay());
            rows[i] = new Row(provision, ends[i]);
        }
    }

    /**
     * Returns the row in force on a day.
     *
     * @param epochDay the day
     * @return the row, or {@code null} if none covers the day
     */
    Row at(long epochDay) {
        int low = 0;
        int high = starts.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] <= epochDay) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (high < 0) {
            return null;
        }
        return epochDay < ends[high] ? rows[high] : null;
    }

    /**
     * Returns the last row, if any.
     *
     * @return the row with the latest start, or {@code null} for an empty table
     */
    Row last() {
        return rows.length == 0 ? null : rows[rows.length - 1];
    }

    /**
     * Tells whether a day lies after every row.
     *
     * @param epochDay the day
     * @return true if the table is not empty and the day is on or after the end of its last row
     */
    boolean isAfterEnd(long epochDay) {
        return rows.length > 0 && epochDay >= ends[ends.length - 1];
    }

    /**
     * Returns the rows as provisions, in order.
     *
     * @return the provisions
     */
    List<Provision<Rate>> provisions() {
        Provision<?>[] all = new Provision<?>[rows.length];
        for (int i = 0; i < rows.length; i++) {
            all[i] = rows[i].provision();
        }
        @SuppressWarnings("unchecked")
        List<Provision<Rate>> list = (List<Provision<Rate>>) (List<?>) List.of(all);
        return list;
    }

    /**
     * One row with its derived rates, each with its exact value in millionths of a percent where it fits a long.
     */
    static final class Row {
        private final Provision<Rate> provision;
        private final int end;
        private final Rate rate;
        private final long units;
        private final Rate plusFive;
        private final long plusFiveUnits;
        private final Rate plusTen;
        private final long plusTenUnits;
        private final Rate timesThree;
        private final long timesThreeUnits;

        Row(Provision<Rate> provision, int end) {
            this.provision = provision;
            this.end = end;
            this.rate = provision.value();
            this.units = InterestMath.units(rate);
            this.plusFive = rate.plus(FIVE_POINTS);
            this.plusFiveUnits = InterestMath.units(plusFive);
            this.plusTen = rate.plus(TEN_POINTS);
            this.plusTenUnits = InterestMath.units(plusTen);
            this.timesThree = rate.multipliedBy(3);
            this.timesThreeUnits = InterestMath.units(timesThree);
        }

        Provision<Rate> provision() {
            return provision;
        }

        LegalReference source() {
            return provision.reference();
        }

        /** The first day after the row, as an epoch day. */
        int end() {
            return end;
        }

        Rate rate() {
            return rate;
        }

        long units() {
            return units;
        }

        Rate plusFive() {
            return plusFive;
        }

        long plusFiveUnits() {
            return plusFiveUnits;
        }

        Rate plusTen() {
            return plusTen;
        }

        long plusTenUnits() {
            return plusTenUnits;
        }

        Rate timesThree() {
            return timesThree;
        }

        long timesThreeUnits() {
            return timesThreeUnits;
        }
    }
}
