package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.List;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;
import org.recouvrement.spi.StatutoryRateSeries;
import org.recouvrement.spi.StatutoryRateSource;

/**
 * A rate source registered for the service loader in {@link StatutoryRatesTest} only, through its own class loader:
 * a Belgian legal rate for 2027 that is test data, not a published rate.
 */
public final class ServiceLoadedRateSource implements StatutoryRateSource {

    /** Creates the source, as the service loader does. */
    public ServiceLoadedRateSource() {
    }

    @Override
    public List<Provision<Rate>> rates(StatutoryRateSeries series) {
        if (series != StatutoryRateSeries.BELGIAN_LEGAL_RATE) {
            return List.of();
        }
        return List.of(Provision.of(Rate.ofPercent("9.99"),
                EffectivePeriod.ofHalfOpen(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)),
                LegalReference.ofInstrument(Jurisdiction.BELGIUM, "test data, not a published rate")));
    }
}
