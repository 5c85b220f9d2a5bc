package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.recouvrement.money.Rate;

/**
 * Golden cases for C. com. art. L441-10 II: the default penalty rate of a semester (ECB rate on 1 January or 1 July
 * + 10 points) and the floor of a contractual rate (3 × the legal rate "all other cases"), with their sources.
 */
class FrenchCommercialRatesTest {

    private final StatutoryRates rates = StatutoryRates.builtIn();

    @ParameterizedTest(name = "{0}: default {1} %, floor {2} % ({3}) {4}")
    @CsvFileSource(resources = "/org/recouvrement/interest/french-commercial-rates.csv", numLinesToSkip = 1,
            delimiter = ';', encoding = "UTF-8")
    void defaultRateAndFloor(LocalDate date, String defaultRate, String floor, String origin, String source) {
        assertEquals(Rate.ofPercent(defaultRate), rates.frenchCommercialDefaultRate(date), source);
        assertEquals(Rate.ofPercent(floor), rates.frenchCommercialRateFloor(date), source);
    }
}
