package org.recouvrement.dunning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.recouvrement.claim.Claim;
import org.recouvrement.internal.Checks;
import org.recouvrement.party.Party;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The dunning policies of a creditor: one per debtor segment, a default for the others, and overrides for a debtor or
 * a claim.
 *
 * <p>The policy of a claim is, in this order: the override for the claim's reference; the override for its debtor;
 * the policy of the debtor's {@link DebtorSegment segment}; the default policy.
 *
 * <pre>{@code
 * PolicySet policies = PolicySet.builder()
 *     .defaultPolicy(DunningPresets.franceB2B())
 *     .putBySegment(DebtorSegment.FRENCH_CONSUMER, DunningPresets.franceB2C())
 *     .putByClaim("INV-2026-0042", patientPolicy)
 *     .build();
 * }</pre>
 *
 * <p>Policies are told apart by name: two different policies with the same name are refused with
 * {@link InvalidPolicyException}.
 */
@Value.Immutable
public abstract class PolicySet {

    PolicySet() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link PolicySet}. Required: the default policy.
     */
    public static final class Builder extends ImmutablePolicySet.Builder {
        Builder() {
        }
    }

    /**
     * Returns a set with one policy for every claim.
     *
     * @param policy the policy
     * @return the set
     */
    public static PolicySet of(DunningPolicy policy) {
        return builder().defaultPolicy(policy).build();
    }

    /**
     * Returns the shipped presets by segment: {@link DunningPresets#franceB2C()} for French consumers,
     * {@link DunningPresets#franceB2B()} for French professionals and public bodies,
     * {@link DunningPresets#belgiumB2C()} for Belgian consumers, {@link DunningPresets#belgiumB2B()} for Belgian
     * professionals and public bodies, and the France B2B policy for debtors elsewhere.
     *
     * @return the standard set
     */
    public static PolicySet standard() {
        return Standard.SET;
    }

    private static final class Standard {
        static final PolicySet SET = builder()
                .defaultPolicy(DunningPresets.franceB2B())
                .putBySegment(DebtorSegment.FRENCH_CONSUMER, DunningPresets.franceB2C())
                .putBySegment(DebtorSegment.FRENCH_PROFESSIONAL, DunningPresets.franceB2B())
                .putBySegment(DebtorSegment.FRENCH_PUBLIC_BODY, DunningPresets.franceB2B())
                .putBySegment(DebtorSegment.BELGIAN_CONSUMER, DunningPresets.belgiumB2C())
                .putBySegment(DebtorSegment.BELGIAN_PROFESSIONAL, DunningPresets.belgiumB2B())
                .putBySegment(DebtorSegment.BELGIAN_PUBLIC_BODY, DunningPresets.belgiumB2B())
                .build();
    }

    /**
     * Returns the policy for the claims no other rule covers.
     *
     * @return the default policy
     */
    public abstract DunningPolicy defaultPolicy();

    /**
     * Returns the policy of each debtor segment given.
     *
     * @return the policies by segment
     */
    public abstract Map<DebtorSegment, DunningPolicy> bySegment();

    /**
     * Returns the overrides for particular debtors.
     *
     * @return the policies by debtor
     */
    public abstract Map<Party, DunningPolicy> byDebtor();

    /**
     * Returns the overrides for particular claims, by claim reference.
     *
     * @return the policies by claim reference
     */
    public abstract Map<String, DunningPolicy> byClaim();

    /**
     * Returns the policy of a claim.
     *
     * @param claim the claim
     * @return the policy
     */
    public DunningPolicy policyFor(Claim claim) {
        Checks.present(claim, "claim");
        DunningPolicy policy = claimPolicy(claim);
        return policy != null ? policy : debtorPolicy(claim.debtor(), null);
    }

    /** Returns the override for a claim's reference, or null. */
    DunningPolicy claimPolicy(Claim claim) {
        return byClaim().isEmpty() ? null : byClaim().get(claim.reference());
    }

    /**
     * Returns the policy of a debtor's claims that have no override of their own: the debtor's override, its
     * segment's policy or the default.
     *
     * @param territory the debtor's territory if the caller knows it, else null
     */
    DunningPolicy debtorPolicy(Party debtor, Territory territory) {
        if (!byDebtor().isEmpty()) {
            DunningPolicy policy = byDebtor().get(debtor);
            if (policy != null) {
                return policy;
            }
        }
        if (!bySegment().isEmpty()) {
            DebtorSegment segment = DebtorSegment.of(debtor.kind(), territory != null ? territory : debtor.territory());
            DunningPolicy policy = segment == null ? null : bySegment().get(segment);
            if (policy != null) {
                return policy;
            }
        }
        return defaultPolicy();
    }

    /**
     * Returns the policy of a case: that of its claim.
     *
     * @param file the case
     * @return the policy
     */
    public DunningPolicy policyFor(RecoveryCase file) {
        Checks.present(file, "file");
        return policyFor(file.claim());
    }

    /**
     * Returns a copy of this set with a policy for a debtor segment, replacing any other.
     *
     * @param segment the segment
     * @param policy the policy
     * @return the new set
     */
    public PolicySet withSegmentPolicy(DebtorSegment segment, DunningPolicy policy) {
        Map<DebtorSegment, DunningPolicy> segments = new LinkedHashMap<>(bySegment());
        segments.put(Checks.present(segment, "segment"), Checks.present(policy, "policy"));
        return copy(segments, byDebtor(), byClaim());
    }

    /**
     * Returns a copy of this set with an override for a debtor, replacing any other.
     *
     * @param debtor the debtor
     * @param policy the policy
     * @return the new set
     */
    public PolicySet withDebtorPolicy(Party debtor, DunningPolicy policy) {
        Map<Party, DunningPolicy> debtors = new LinkedHashMap<>(byDebtor());
        debtors.put(Checks.present(debtor, "debtor"), Checks.present(policy, "policy"));
        return copy(bySegment(), debtors, byClaim());
    }

    /**
     * Returns a copy of this set with an override for a claim, replacing any other.
     *
     * @param reference the claim's reference
     * @param policy the policy
     * @return the new set
     */
    public PolicySet withClaimPolicy(String reference, DunningPolicy policy) {
        Map<String, DunningPolicy> claims = new LinkedHashMap<>(byClaim());
        claims.put(Checks.present(reference, "reference"), Checks.present(policy, "policy"));
        return copy(bySegment(), byDebtor(), claims);
    }

    private PolicySet copy(Map<DebtorSegment, DunningPolicy> segments, Map<Party, DunningPolicy> debtors,
            Map<String, DunningPolicy> claims) {
        return builder().defaultPolicy(defaultPolicy()).putAllBySegment(segments).putAllByDebtor(debtors)
                .putAllByClaim(claims).build();
    }

    /**
     * Returns every distinct policy of the set, default first.
     *
     * @return the policies
     */
    @Value.Lazy
    public List<DunningPolicy> policies() {
        Map<String, DunningPolicy> all = new LinkedHashMap<>();
        all.put(defaultPolicy().name(), defaultPolicy());
        bySegment().values().forEach(p -> all.putIfAbsent(p.name(), p));
        byDebtor().values().forEach(p -> all.putIfAbsent(p.name(), p));
        byClaim().values().forEach(p -> all.putIfAbsent(p.name(), p));
        return List.copyOf(new ArrayList<>(all.values()));
    }

    @Value.Check
    void check() {
        Map<String, DunningPolicy> byName = new LinkedHashMap<>();
        List<DunningPolicy> all = new ArrayList<>();
        all.add(defaultPolicy());
        all.addAll(bySegment().values());
        all.addAll(byDebtor().values());
        all.addAll(byClaim().values());
        for (DunningPolicy policy : all) {
            DunningPolicy same = byName.putIfAbsent(policy.name(), policy);
            if (same != null && !same.equals(policy)) {
                throw new InvalidPolicyException("policies", "'" + policy.name() + "'",
                        "names two different policies; give each policy its own name");
            }
        }
    }
}
