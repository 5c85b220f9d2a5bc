package org.recouvrement.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * Imputation of payments (<i>imputation des paiements</i>), C. civ. art. 1342-10 and 1343-1: how one payment is
 * spread over several debts of the same debtor to the same creditor.
 *
 * <p>The order of C. civ. art. 1342-10: the debts the debtor designated when paying; failing that, the debts that
 * are due before those that are not; among them, those the debtor had the most interest in paying (the caller's
 * judgment in {@link ImputationInstructions#preferredDebts()}, or by default the highest rate); equal interest, the
 * oldest (earliest due date); all else equal, in proportion to the sums owed. Within each debt, the payment goes
 * first to interest, then to costs, then to principal (C. civ. art. 1343-1).
 *
 * <pre>{@code
 * Imputation imputation = PaymentImputation.impute(Amount.euros("18000.00"), LocalDate.of(2026, 3, 1),
 *     List.of(OutstandingDebt.builder().id("LOAN").dueDate(LocalDate.of(2025, 1, 1))
 *         .principal(Amount.euros("20000.00")).interest(Amount.euros("3000.00")).build()));
 * imputation.allocationTo("LOAN").get().toInterest();   // EUR 3000.00
 * imputation.allocationTo("LOAN").get().toPrincipal();  // EUR 15000.00
 * }</pre>
 */
public final class PaymentImputation {

    /** The order of imputation between several debts. */
    public static final LegalReference SEVERAL_DEBTS = LegalCode.CIVIL_CODE.article("1342-10");

    /** The order of imputation within one debt: interest first. */
    public static final LegalReference WITHIN_A_DEBT = LegalCode.CIVIL_CODE.article("1343-1");

    private static final Reason WITHIN = Reason.of("Within each debt the payment goes first to interest, then to "
            + "costs, then to principal", WITHIN_A_DEBT);
    private static final Reason ORDER = Reason.of("Between debts: the debtor's designation; failing that, due debts "
            + "first, then those the debtor had the most interest in paying, then the oldest, then in proportion",
            SEVERAL_DEBTS);
    private static final Reason DEFAULT_INTEREST = Reason.of("The debtor is taken to have had the most interest in "
            + "paying the debt with the highest rate, as the caller gave no judgment on it", SEVERAL_DEBTS);

    private PaymentImputation() {
    }

    /**
     * Imputes a payment over debts by the legal order, without designation or ranking.
     *
     * @param payment the amount paid, positive
     * @param date the date of the payment
     * @param debts the debts, each with a unique id
     * @return where the payment went
     * @throws InvalidInterestRequestException if the payment is not positive, currencies differ or ids repeat
     */
    public static Imputation impute(Amount payment, LocalDate date, List<OutstandingDebt> debts) {
        return impute(payment, date, debts, ImputationInstructions.none());
    }

    /**
     * Imputes a payment over debts, following the debtor's designation and the caller's judgment of the debtor's
     * interest.
     *
     * @param payment the amount paid, positive
     * @param date the date of the payment
     * @param debts the debts, each with a unique id
     * @param instructions the designation and ranking
     * @return where the payment went
     * @throws InvalidInterestRequestException if the payment is not positive, currencies differ, ids repeat or an
     *     instruction names an unknown debt
     */
    public static Imputation impute(Amount payment, LocalDate date, List<OutstandingDebt> debts,
            ImputationInstructions instructions) {
        Checks.present(payment, "payment");
        Checks.present(date, "date");
        Checks.present(debts, "debts");
        Checks.present(instructions, "instructions");
        if (!payment.isPositive()) {
            throw new InvalidInterestRequestException("payment", payment, "must be positive");
        }
        return new Run(payment, date, List.copyOf(debts), instructions).impute();
    }

    private static final class Run {
        private final Amount payment;
        private final LocalDate date;
        private final List<OutstandingDebt> debts;
        private final ImputationInstructions instructions;
        private final Currency currency;
        private final Map<String, Integer> preferred = new HashMap<>();
        private final Set<String> designated = new HashSet<>();
        private final long[] interest;
        private final long[] costs;
        private final long[] principal;
        private final long[] toInterest;
        private final long[] toCosts;
        private final long[] toPrincipal;
        private final boolean[] proportional;
        private final long paid;

        Run(Amount payment, LocalDate date, List<OutstandingDebt> debts, ImputationInstructions instructions) {
            this.payment = payment;
            this.date = date;
            this.debts = debts;
            this.instructions = instructions;
            this.currency = payment.currency();
            int n = debts.size();
            interest = new long[n];
            costs = new long[n];
            principal = new long[n];
            toInterest = new long[n];
            toCosts = new long[n];
            toPrincipal = new long[n];
            proportional = new boolean[n];
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < n; i++) {
                OutstandingDebt debt = debts.get(i);
                if (!debt.principal().currency().equals(currency)) {
                    throw new InvalidInterestRequestException("debts[" + i + "].principal", debt.principal(),
                            "is not in the payment's currency " + currency.getCurrencyCode());
                }
                if (!ids.add(debt.id())) {
                    throw new InvalidInterestRequestException("debts[" + i + "].id", debt.id(),
                            "repeats the id of another debt");
                }
                interest[i] = InterestMath.minor(debt.interest(), "interest");
                costs[i] = InterestMath.minor(debt.costs(), "costs");
                principal[i] = InterestMath.minor(debt.principal(), "principal");
            }
            for (String id : instructions.designatedDebts()) {
                if (!ids.contains(id)) {
                    throw new InvalidInterestRequestException("designatedDebts", id, "is not the id of a debt");
                }
                designated.add(id);
            }
            List<String> ranking = instructions.preferredDebts();
            for (int i = 0; i < ranking.size(); i++) {
                if (!ids.contains(ranking.get(i))) {
                    throw new InvalidInterestRequestException("preferredDebts", ranking.get(i),
                            "is not the id of a debt");
                }
                preferred.putIfAbsent(ranking.get(i), i);
            }
            paid = InterestMath.minor(payment, "payment");
        }

        /** The part of the payment not imputed yet. */
        private long remaining() {
            long left = paid;
            for (int i = 0; i < debts.size(); i++) {
                left -= toInterest[i] + toCosts[i] + toPrincipal[i];
            }
            return left;
        }

        Imputation impute() {
            List<Integer> order = new ArrayList<>();
            for (String id : instructions.designatedDebts()) {
                int i = indexOf(id);
                if (!order.contains(i)) {
                    order.add(i);
                    payInFull(i);
                }
            }
            List<Integer> rest = new ArrayList<>();
            for (int i = 0; i < debts.size(); i++) {
                if (!designated.contains(debts.get(i).id())) {
                    rest.add(i);
                }
            }
            rest.sort((a, b) -> {
                int c = compareRank(a, b);
                return c != 0 ? c : Integer.compare(a, b);
            });
            int start = 0;
            while (start < rest.size()) {
                int end = start + 1;
                while (end < rest.size() && compareRank(rest.get(start), rest.get(end)) == 0) {
                    end++;
                }
                List<Integer> group = rest.subList(start, end);
                payGroup(group);
                order.addAll(group);
                start = end;
            }
            return result(order, rest);
        }

        private int indexOf(String id) {
            for (int i = 0; i < debts.size(); i++) {
                if (debts.get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new InvalidInterestRequestException("designatedDebts", id, "is not the id of a debt");
        }

        /** Orders debts: due first, then most interest, then oldest. Zero means equal in every criterion. */
        private int compareRank(int a, int b) {
            int c = Boolean.compare(!debts.get(a).isDueOn(date), !debts.get(b).isDueOn(date));
            if (c != 0) {
                return c;
            }
            c = compareInterest(a, b);
            if (c != 0) {
                return c;
            }
            return debts.get(a).dueDate().compareTo(debts.get(b).dueDate());
        }

        private int compareInterest(int a, int b) {
            Integer ra = preferred.get(debts.get(a).id());
            Integer rb = preferred.get(debts.get(b).id());
            if (ra != null || rb != null) {
                if (ra == null) {
                    return 1;
                }
                if (rb == null) {
                    return -1;
                }
                return Integer.compare(ra, rb);
            }
            return rateOf(b).compareTo(rateOf(a));
        }

        private Rate rateOf(int i) {
            return debts.get(i).rate().orElse(Rate.ZERO);
        }

        private long owed(int i) {
            return interest[i] + costs[i] + principal[i];
        }

        private void payGroup(List<Integer> group) {
            long total = 0L;
            for (int i : group) {
                total += owed(i);
            }
            long remaining = remaining();
            if (remaining >= total || group.size() == 1) {
                for (int i : group) {
                    payInFull(i);
                }
                return;
            }
            long[] shares = new long[group.size()];
            BigDecimal[] fractions = new BigDecimal[group.size()];
            long given = 0L;
            BigDecimal pot = BigDecimal.valueOf(remaining);
            BigDecimal whole = BigDecimal.valueOf(total);
            for (int k = 0; k < group.size(); k++) {
                BigDecimal exact = pot.multiply(BigDecimal.valueOf(owed(group.get(k))))
                        .divide(whole, 12, RoundingMode.DOWN);
                shares[k] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
                fractions[k] = exact.subtract(BigDecimal.valueOf(shares[k]));
                given += shares[k];
            }
            for (long left = remaining - given; left > 0L; left--) {
                int best = -1;
                for (int k = 0; k < group.size(); k++) {
                    if (shares[k] < owed(group.get(k)) && (best < 0 || fractions[k].compareTo(fractions[best]) > 0)) {
                        best = k;
                    }
                }
                shares[best]++;
                fractions[best] = BigDecimal.valueOf(-1);
            }
            for (int k = 0; k < group.size(); k++) {
                int i = group.get(k);
                proportional[i] = true;
                pay(i, shares[k]);
            }
        }

        private void payInFull(int i) {
            pay(i, Math.min(remaining(), owed(i)));
        }

        private void pay(int i, long amount) {
            long left = amount;
            long a = Math.min(left, interest[i]);
            interest[i] -= a;
            toInterest[i] += a;
            left -= a;
            long b = Math.min(left, costs[i]);
            costs[i] -= b;
            toCosts[i] += b;
            left -= b;
            long c = Math.min(left, principal[i]);
            principal[i] -= c;
            toPrincipal[i] += c;
        }

        private Imputation result(List<Integer> order, List<Integer> rest) {
            List<DebtAllocation> allocations = new ArrayList<>();
            for (int i : order) {
                long total = toInterest[i] + toCosts[i] + toPrincipal[i];
                if (total == 0L) {
                    continue;
                }
                ImputationGround ground = ground(i, rest);
                allocations.add(new DebtAllocation(debts.get(i).id(), InterestMath.amount(toInterest[i], currency),
                        InterestMath.amount(toCosts[i], currency), InterestMath.amount(toPrincipal[i], currency),
                        ground, reason(i, ground, rest)));
            }
            List<Reason> reasons = new ArrayList<>();
            reasons.add(ORDER);
            if (instructions.preferredDebts().isEmpty()) {
                reasons.add(DEFAULT_INTEREST);
            }
            reasons.add(WITHIN);
            long remaining = remaining();
            if (remaining > 0L) {
                reasons.add(Reason.of("The payment exceeds the debts by " + InterestMath.amount(remaining, currency)));
            }
            return ImmutableImputation.builder()
                    .payment(payment)
                    .date(date)
                    .addAllAllocations(allocations)
                    .unallocated(InterestMath.amount(remaining, currency))
                    .explanation(Explanation.of(reasons))
                    .build();
        }

        private ImputationGround ground(int i, List<Integer> rest) {
            if (designated.contains(debts.get(i).id())) {
                return ImputationGround.DEBTOR_DESIGNATION;
            }
            if (proportional[i]) {
                return ImputationGround.PROPORTIONAL;
            }
            int competitor = competitor(i, rest);
            if (competitor < 0) {
                return ImputationGround.NO_COMPETING_DEBT;
            }
            if (debts.get(i).isDueOn(date) && !debts.get(competitor).isDueOn(date)) {
                return ImputationGround.DUE_DEBTS_FIRST;
            }
            if (compareInterest(i, competitor) != 0) {
                return ImputationGround.GREATEST_INTEREST;
            }
            return ImputationGround.OLDEST;
        }

        /** The first debt ranked after a debt that still owes something after the payment, or -1. */
        private int competitor(int i, List<Integer> rest) {
            boolean after = false;
            for (int j : rest) {
                if (j == i) {
                    after = true;
                } else if (after && owed(j) > 0L) {
                    return j;
                }
            }
            return -1;
        }

        private Reason reason(int i, ImputationGround ground, List<Integer> rest) {
            OutstandingDebt debt = debts.get(i);
            int competitor = competitor(i, rest);
            String other = competitor < 0 ? "" : debts.get(competitor).id();
            switch (ground) {
                case DEBTOR_DESIGNATION:
                    return Reason.of("The debtor designated debt " + debt.id() + " when paying", SEVERAL_DEBTS);
                case PROPORTIONAL:
                    return Reason.of("Debt " + debt.id() + " ranks equal with others in every respect: the payment is "
                            + "shared in proportion to the sums owed", SEVERAL_DEBTS);
                case NO_COMPETING_DEBT:
                    return Reason.of("No debt ranked after " + debt.id() + " remains unpaid", SEVERAL_DEBTS);
                case DUE_DEBTS_FIRST:
                    return Reason.of("Debt " + debt.id() + " is due (" + debt.dueDate() + ") and debt " + other
                            + " is not", SEVERAL_DEBTS);
                case GREATEST_INTEREST:
                    return Reason.of("The debtor had more interest in paying debt " + debt.id() + " than debt " + other
                            + (preferred.isEmpty() ? " (higher rate " + rateOf(i) + " against " + rateOf(competitor)
                                    + ")" : " (the caller's judgment)"), SEVERAL_DEBTS);
                default:
                    return Reason.of("Debt " + debt.id() + " (due " + debt.dueDate() + ") is older than debt " + other
                            + " (due " + debts.get(competitor).dueDate() + ")", SEVERAL_DEBTS);
            }
        }
    }
}
