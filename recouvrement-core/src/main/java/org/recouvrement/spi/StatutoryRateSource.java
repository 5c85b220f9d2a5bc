package org.recouvrement.spi;

import java.util.List;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;

/**
 * A source of statutory rates (<i>taux réglementaires</i>): the legal interest rates, the ECB rate and the Belgian
 * rates, each with the period it applies to and the text that published it.
 *
 * <p>The library ships the rates published up to its release (see {@code docs/INTEREST.md}). Rates are published
 * twice a year (French legal rate, Belgian commercial rate), once a year (Belgian legal rate) or whenever the ECB
 * decides; an integrator who needs a later period implements this interface and either passes it explicitly
 * ({@code StatutoryRates.with(source)}) or registers it for {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/org.recouvrement.spi.StatutoryRateSource} file, or {@code provides} in a module). For a
 * date, the library takes the rate of the first source that covers it, in this order: the explicit source, then the
 * sources found by the service loader, then the built-in tables. A source may thus add newer periods or correct an
 * older one.
 *
 * <pre>{@code
 * StatutoryRateSource newer = series -> series == StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES
 *     ? List.of(Provision.of(Rate.ofPercent("2.50"),                       // illustrative value
 *           EffectivePeriod.ofHalfOpen(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)),
 *           LegalReference.ofInstrument(Jurisdiction.FRANCE, "arrêté du ... juin 2026")))
 *     : List.of();
 * InterestCalculator calculator = InterestCalculator.of(StatutoryRates.with(newer));
 * }</pre>
 *
 * <h2>Specification for implementors</h2>
 * <ul>
 *   <li>Implementations must be immutable and thread-safe: the library may call them from any thread.</li>
 *   <li>{@link #rates(StatutoryRateSeries)} is called once per series when a {@code StatutoryRates} is built; the
 *       result is copied and indexed, so later changes to it are not seen.</li>
 *   <li>The provisions of one series must not overlap; each period is half-open (start inclusive, end exclusive)
 *       and should match the publication period of the series
 *       ({@link StatutoryRateSeries#publicationPeriodOf(java.time.LocalDate)}). An open-ended period is refused:
 *       a rate is known only until its next publication.</li>
 *   <li>Each provision's reference names the text that published the rate (arrêté, ECB decision, Moniteur belge),
 *       ideally with a link.</li>
 *   <li>Return an empty list for a series the source does not supply; never {@code null}. Throw only subclasses of
 *       {@code org.recouvrement.RecouvrementException}.</li>
 * </ul>
 */
@FunctionalInterface
public interface StatutoryRateSource {

    /**
     * Returns the rates this source knows for a series.
     *
     * @param series the series asked for
     * @return the rates with their periods and references, possibly empty, never {@code null}
     */
    List<Provision<Rate>> rates(StatutoryRateSeries series);
}
