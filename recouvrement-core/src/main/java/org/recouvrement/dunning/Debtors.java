package org.recouvrement.dunning;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.recouvrement.claim.Claim;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The cases of a portfolio grouped by creditor and debtor ({@link DebtorKey}: equal parties are the same debtor),
 * groups in order of first appearance, each group's cases in the order given.
 *
 * <p>The cases of a portfolio share their party instances, as an ERP's open items do: a pair of instances already
 * seen is found by identity, and only a new pair is compared by value. Grouping a million cases of fifty thousand
 * debtors hashes fifty thousand parties, not a million.
 */
final class Debtors {

    /** The indices of the cases, group after group. */
    private final int[] order;
    /** Where each group starts in {@link #order}, and where the last one ends. */
    private final int[] start;

    private Debtors(int[] order, int[] start) {
        this.order = order;
        this.start = start;
    }

    static Debtors of(RecoveryCase[] files) {
        int[] groupOf = new int[files.length];
        Map<Party, Map<Party, Integer>> byInstance = new IdentityHashMap<>();
        Map<DebtorKey, Integer> byValue = new HashMap<>();
        Party lastCreditor = null;
        Map<Party, Integer> debtorsOfLast = null;
        int groups = 0;
        for (int i = 0; i < files.length; i++) {
            Claim claim = files[i].claim();
            Party creditor = claim.creditor();
            if (creditor != lastCreditor) {
                debtorsOfLast = byInstance.computeIfAbsent(creditor, c -> new IdentityHashMap<>());
                lastCreditor = creditor;
            }
            Integer group = debtorsOfLast.get(claim.debtor());
            if (group == null) {
                group = byValue.putIfAbsent(DebtorKey.of(claim), groups);
                if (group == null) {
                    group = groups++;
                }
                debtorsOfLast.put(claim.debtor(), group);
            }
            groupOf[i] = group;
        }
        int[] start = new int[groups + 1];
        for (int group : groupOf) {
            start[group + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, groups);
        int[] order = new int[files.length];
        for (int i = 0; i < files.length; i++) {
            order[next[groupOf[i]]++] = i;
        }
        return new Debtors(order, start);
    }

    /** Returns the number of groups. */
    int count() {
        return start.length - 1;
    }

    /** Returns the indices of a group's cases, in the order given. */
    int[] members(int group) {
        return Arrays.copyOfRange(order, start[group], start[group + 1]);
    }
}
