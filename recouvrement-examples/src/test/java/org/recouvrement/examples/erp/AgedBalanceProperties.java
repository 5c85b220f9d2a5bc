package org.recouvrement.examples.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.RecouvrementDomain;

/**
 * How an integrator tests its own rule with the library's shipped generators: {@link RecouvrementDomain} makes
 * {@code @ForAll RecoveryCase} generate coherent cases (claims, parties, timelines); the global context keeps
 * jqwik's own generators for plain types such as {@code int}.
 */
@Domain(RecouvrementDomain.class)
@Domain(DomainContext.Global.class)
class AgedBalanceProperties {

    @Property(tries = 200)
    void theBucketsAddUpToTheOutstandingPrincipal(@ForAll @Size(max = 20) List<RecoveryCase> cases,
            @ForAll @IntRange(min = 0, max = 3000) int daysAfter2000) {
        LocalDate asOf = LocalDate.of(2000, 1, 1).plusDays(daysAfter2000 * 4L);
        Map<AgedBalance.Bucket, Amount> totals = AgedBalance.of(cases, asOf);
        Amount expected = Amount.zero(Amount.EUR);
        for (RecoveryCase file : cases) {
            if (file.outstandingBalance(asOf).isPositive()) {
                expected = expected.plus(file.outstandingBalance(asOf));
            }
        }
        assertEquals(expected, totals.values().stream().reduce(Amount.zero(Amount.EUR), Amount::plus));
    }

    @Property(tries = 200)
    void aCaseOnlyEverAges(@ForAll RecoveryCase file, @ForAll @IntRange(min = 0, max = 400) int days) {
        LocalDate asOf = file.claim().dueDate().minusDays(60).plusDays(days);
        assertTrue(AgedBalance.bucketOf(file, asOf).compareTo(AgedBalance.bucketOf(file, asOf.plusDays(1))) <= 0);
    }
}
