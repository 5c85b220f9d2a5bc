package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.spi.StatutoryRateSeries;
import org.recouvrement.spi.StatutoryRateSource;
import org.recouvrement.testing.Samples;

/**
 * Resolution of rates: explicit source, then service loader, then the built-in tables; and what an unknown date
 * raises.
 */
class StatutoryRatesTest {

    private static final LocalDate S2_2026 = LocalDate.of(2026, 7, 1);
    private static final LegalReference INVENTED = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "test data, not a published rate");

    /** A source with an illustrative value for a period the library does not know: test data, not law. */
    private static StatutoryRateSource adding(StatutoryRateSeries wanted, String percent, LocalDate start,
            LocalDate end) {
        return series -> series == wanted
                ? List.of(Provision.of(Rate.ofPercent(percent), EffectivePeriod.ofHalfOpen(start, end), INVENTED))
                : List.of();
    }

    @Test
    @DisplayName("An unknown date raises UnknownStatutoryRateException with the missing publication period")
    void unknownRate() {
        StatutoryRates rates = StatutoryRates.builtIn();
        UnknownStatutoryRateException e = assertThrows(UnknownStatutoryRateException.class,
                () -> rates.rateOn(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR, LocalDate.of(2026, 8, 15)));
        assertEquals(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR, e.series());
        assertEquals(LocalDate.of(2026, 8, 15), e.date());
        assertEquals(EffectivePeriod.ofHalfOpen(S2_2026, LocalDate.of(2027, 1, 1)), e.period());
        assertEquals(EffectivePeriod.ofHalfOpen(LocalDate.of(2004, 1, 1), LocalDate.of(2005, 1, 1)),
                assertThrows(UnknownStatutoryRateException.class, () -> rates.rateOn(
                        StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, LocalDate.of(2004, 6, 1))).period());
        assertEquals(EffectivePeriod.ofHalfOpen(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1)),
                assertThrows(UnknownStatutoryRateException.class, () -> rates.rateOn(
                        StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2027, 3, 1))).period());
        assertTrue(rates.find(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, LocalDate.of(2026, 2, 6)).isEmpty());
        assertEquals(Rate.ofPercent("2.15"),
                rates.rateOn(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, LocalDate.of(2026, 2, 5)).value());
    }

    @Test
    @DisplayName("An explicit source adds a period the library does not ship, and statements use it")
    void explicitSourceAddsAPeriod() {
        StatutoryRates rates = StatutoryRates.with(adding(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, "2.5",
                S2_2026, LocalDate.of(2027, 1, 1)));
        Provision<Rate> added = rates.rateOn(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, S2_2026);
        assertEquals(Rate.ofPercent("2.5"), added.value());
        assertEquals(INVENTED, added.reference());
        assertEquals(Rate.ofPercent("2.62"),
                rates.rateOn(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, LocalDate.of(2026, 3, 1)).value());
        RecoveryCase file = RecoveryCase.of(Samples.invoiceToConsumer(LocalDate.of(2026, 5, 1)),
                List.of(new CaseEvent.FormalNoticeDelivered(LocalDate.of(2026, 6, 15))));
        InterestStatement statement = InterestCalculator.of(rates).statement(file, LocalDate.of(2026, 8, 31));
        assertEquals(List.of(Rate.ofPercent("2.62"), Rate.ofPercent("2.5")),
                statement.lines().stream().map(InterestLine::rate).toList());
        assertFalse(statement.assumesUnpublishedRates());
        assertThrows(UnknownStatutoryRateException.class,
                () -> InterestCalculator.of(StatutoryRates.builtIn()).statement(file, LocalDate.of(2026, 8, 31)));
    }

    @Test
    @DisplayName("The first source wins where periods overlap; the built-in tables fill the rest")
    void firstSourceWins() {
        StatutoryRates rates = StatutoryRates.resolve(List.of(
                adding(StatutoryRateSeries.BELGIAN_LEGAL_RATE, "9", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)),
                adding(StatutoryRateSeries.BELGIAN_LEGAL_RATE, "8", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1))));
        assertEquals(Rate.ofPercent("8"),
                rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2024, 5, 1)).value());
        assertEquals(Rate.ofPercent("9"),
                rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2025, 5, 1)).value());
        assertEquals(Rate.ofPercent("8"),
                rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2025, 8, 1)).value());
        assertEquals(Rate.ofPercent("4.5"),
                rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2026, 8, 1)).value());
        assertEquals(Rate.ofPercent("5.25"),
                rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, LocalDate.of(2023, 8, 1)).value());
        List<Provision<Rate>> table = rates.table(StatutoryRateSeries.BELGIAN_LEGAL_RATE);
        for (int i = 1; i < table.size(); i++) {
            assertEquals(table.get(i - 1).period().endExclusive().orElseThrow(), table.get(i).period().startInclusive());
        }
    }

    @Test
    @DisplayName("A source with overlapping or open-ended periods is refused with InvalidRateTableException")
    void badSources() {
        StatutoryRateSource overlapping = series -> series == StatutoryRateSeries.BELGIAN_LEGAL_RATE
                ? List.of(Provision.of(Rate.ofPercent("1"), EffectivePeriod.ofHalfOpen(LocalDate.of(2027, 1, 1),
                        LocalDate.of(2028, 1, 1)), INVENTED),
                        Provision.of(Rate.ofPercent("2"), EffectivePeriod.ofHalfOpen(LocalDate.of(2027, 6, 1),
                                LocalDate.of(2028, 6, 1)), INVENTED))
                : List.of();
        assertThrows(InvalidRateTableException.class, () -> StatutoryRates.with(overlapping));
        StatutoryRateSource endless = series -> List.of(Provision.of(Rate.ofPercent("1"),
                EffectivePeriod.from(LocalDate.of(2027, 1, 1)), INVENTED));
        assertThrows(InvalidRateTableException.class, () -> StatutoryRates.with(endless));
    }

    @Test
    @DisplayName("Sources registered for the service loader are found, and an explicit source comes before them")
    void serviceLoader(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services/" + StatutoryRateSource.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, ServiceLoadedRateSource.class.getName() + "\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            List<StatutoryRateSource> loaded = StatutoryRates.serviceLoaded(loader);
            assertEquals(1, loaded.size());
            assertTrue(loaded.get(0) instanceof ServiceLoadedRateSource);
            LocalDate day = LocalDate.of(2027, 5, 1);
            StatutoryRates rates = StatutoryRates.resolve(loaded);
            assertEquals(Rate.ofPercent("9.99"), rates.rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, day).value());
            List<StatutoryRateSource> explicitFirst = new ArrayList<>();
            explicitFirst.add(adding(StatutoryRateSeries.BELGIAN_LEGAL_RATE, "1.5", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2028, 1, 1)));
            explicitFirst.addAll(loaded);
            assertEquals(Rate.ofPercent("1.5"), StatutoryRates.resolve(explicitFirst)
                    .rateOn(StatutoryRateSeries.BELGIAN_LEGAL_RATE, day).value());
        }
        assertTrue(StatutoryRates.serviceLoaded(getClass().getClassLoader()).isEmpty());
    }

    @Test
    @DisplayName("Without registered providers the standard tables are the built-in ones")
    void standardWithoutProviders() {
        for (StatutoryRateSeries series : StatutoryRateSeries.values()) {
            assertEquals(StatutoryRates.builtIn().table(series), StatutoryRates.standard().table(series));
        }
        assertEquals(Amount.euros("36.15"), InterestCalculator.standard().statement(InterestRequest.builder()
                .regime(InterestRegime.FRENCH_COMMERCIAL_RATE).principal(Amount.euros("1000.00"))
                .interestFrom(LocalDate.of(2024, 1, 1)).asOf(LocalDate.of(2024, 3, 31)).build()).totalInterest());
    }

    @Test
    @DisplayName("Publication periods: semesters for the French legal rate since 2015, years before and for the "
            + "Belgian legal rate, the day for the ECB rate")
    void publicationPeriods() {
        LocalDate date = LocalDate.of(2014, 9, 3);
        assertEquals(EffectivePeriod.ofHalfOpen(LocalDate.of(2014, 1, 1), LocalDate.of(2015, 1, 1)),
                StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES.publicationPeriodOf(date));
        assertEquals(EffectivePeriod.ofHalfOpen(LocalDate.of(2014, 7, 1), LocalDate.of(2015, 1, 1)),
                StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE.publicationPeriodOf(date));
        assertEquals(EffectivePeriod.ofHalfOpen(date, date.plusDays(1)),
                StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE.publicationPeriodOf(date));
        assertEquals(EffectivePeriod.ofHalfOpen(LocalDate.of(2015, 7, 1), LocalDate.of(2016, 1, 1)),
                StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR.publicationPeriodOf(LocalDate.of(2015, 7, 1)));
    }
}
