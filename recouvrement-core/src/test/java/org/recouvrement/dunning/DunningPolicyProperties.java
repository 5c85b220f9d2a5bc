package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NotBlank;
import org.recouvrement.testing.DunningArbitraries;

/**
 * The JSON form of a policy reads back into an equal policy, whatever its shape and the characters of its texts.
 */
class DunningPolicyProperties {

    @Provide
    Arbitrary<DunningPolicy> policies() {
        return DunningArbitraries.policies();
    }

    @Property(tries = 300)
    void jsonRoundTrip(@ForAll("policies") DunningPolicy policy) {
        String json = policy.toJson();
        DunningPolicy read = DunningPolicy.parse(json);
        assertEquals(policy, read);
        assertEquals(json, read.toJson());
    }

    @Property(tries = 300)
    void anyNameSurvivesTheJsonForm(@ForAll("policies") DunningPolicy policy, @ForAll @NotBlank String name) {
        DunningPolicy named = policy.withName(name);
        assertEquals(named, DunningPolicy.parse(named.toJson()));
    }
}
