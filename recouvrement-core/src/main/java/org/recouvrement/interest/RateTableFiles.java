package org.recouvrement.interest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recouvrement.InvalidValueException;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;
import org.recouvrement.spi.StatutoryRateSeries;

/**
 * Reads the rate tables shipped with the library, once: the only place where core reads anything.
 *
 * <p>Each table is a UTF-8 text file next to this class, one row per line, fields separated by semicolons:
 * {@code from;to;rate...;instrument;source}, where {@code from} is inclusive, {@code to} exclusive, rates are
 * percentages with a dot, {@code instrument} names the text that published the rate and {@code source} is the address
 * where it was seen. Lines starting with {@code #} are comments; the first other line is the header.
 */
final class RateTableFiles {

    /** French legal rate: two rate columns (private creditor, all other cases). */
    static final String FRENCH_LEGAL_RATE = "french-legal-rate.csv";
    /** ECB main refinancing operations rate. */
    static final String ECB_RATE = "ecb-main-refinancing-rate.csv";
    /** Belgian commercial late-payment rate. */
    static final String BELGIAN_COMMERCIAL_RATE = "belgian-commercial-rate.csv";
    /** Belgian legal rate. */
    static final String BELGIAN_LEGAL_RATE = "belgian-legal-rate.csv";

    private RateTableFiles() {
    }

    /**
     * Reads every shipped table.
     *
     * @return the rates of each series, in file order
     * @throws InvalidRateTableException if a file is missing or a row is malformed
     */
    static Map<StatutoryRateSeries, List<Provision<Rate>>> load() {
        Map<StatutoryRateSeries, List<Provision<Rate>>> tables = new EnumMap<>(StatutoryRateSeries.class);
        List<Provision<Rate>> privateCreditor = new ArrayList<>();
        List<Provision<Rate>> otherCases = new ArrayList<>();
        for (Row row : read(FRENCH_LEGAL_RATE, 2)) {
            LegalReference reference = row.reference(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES);
            privateCreditor.add(Provision.of(row.rates[0], row.period, reference));
            otherCases.add(Provision.of(row.rates[1], row.period, reference));
        }
        tables.put(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR, List.copyOf(privateCreditor));
        tables.put(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, List.copyOf(otherCases));
        tables.put(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE,
                single(ECB_RATE, StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE));
        tables.put(StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE,
                single(BELGIAN_COMMERCIAL_RATE, StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE));
        tables.put(StatutoryRateSeries.BELGIAN_LEGAL_RATE,
                single(BELGIAN_LEGAL_RATE, StatutoryRateSeries.BELGIAN_LEGAL_RATE));
        return tables;
    }

    private static List<Provision<Rate>> single(String file, StatutoryRateSeries series) {
        List<Provision<Rate>> provisions = new ArrayList<>();
        for (Row row : read(file, 1)) {
            provisions.add(Provision.of(row.rates[0], row.period, row.reference(series)));
        }
        return List.copyOf(provisions);
    }

    private static List<Row> read(String file, int rateColumns) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = RateTableFiles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new InvalidRateTableException("file", file, "is missing from the library's resources");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(parse(file + " line " + number, line, rateColumns));
            }
        } catch (IOException e) {
            throw new InvalidRateTableException("file", file, "cannot be read: " + e.getMessage());
        }
        return rows;
    }

    private static Row parse(String where, String line, int rateColumns) {
        String[] fields = line.split(";", -1);
        if (fields.length != rateColumns + 4) {
            throw new InvalidRateTableException(where, "'" + line + "'",
                    "does not have " + (rateColumns + 4) + " fields separated by ';'");
        }
        try {
            LocalDate from = LocalDate.parse(fields[0].strip());
            LocalDate to = LocalDate.parse(fields[1].strip());
            Rate[] rates = new Rate[rateColumns];
            for (int i = 0; i < rateColumns; i++) {
                rates[i] = Rate.ofPercent(fields[2 + i].strip());
            }
            return new Row(EffectivePeriod.ofHalfOpen(from, to), rates, fields[2 + rateColumns].strip(),
                    fields[3 + rateColumns].strip());
        } catch (DateTimeParseException | InvalidValueException e) {
            throw new InvalidRateTableException(where, "'" + line + "'", "is malformed: " + e.getMessage());
        }
    }

    private static final class Row {
        private final EffectivePeriod period;
        private final Rate[] rates;
        private final String instrument;
        private final String source;

        Row(EffectivePeriod period, Rate[] rates, String instrument, String source) {
            this.period = period;
            this.rates = rates;
            this.instrument = instrument;
            this.source = source;
        }

        LegalReference reference(StatutoryRateSeries series) {
            return LegalReference.ofInstrument(series.jurisdiction(), instrument).withLink(source);
        }
    }
}
