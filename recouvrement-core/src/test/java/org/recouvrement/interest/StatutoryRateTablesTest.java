package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;
import org.recouvrement.spi.StatutoryRateSeries;

/**
 * Reads the rate tables of docs/LEGAL-REFERENCE.md (§4.2 legal rate table and pre-2015 list, §4.3 ECB table and
 * derived B2B rates, §4.4 Belgian lists) and compares them with the tables shipped in the library's resources, row
 * by row and in both directions, so that a typo in either fails.
 */
class StatutoryRateTablesTest {

    private static final Pattern LEGAL_ROW = Pattern.compile(
            "^\\| (\\d{4})-S([12]) \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|$");
    private static final Pattern ECB_ROW = Pattern.compile(
            "^\\| (\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4}) \\| (\\d+,\\d+) \\|([^|]*)\\|([^|]*)\\|$");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S([12])");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:,\\d+)?) %");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("Jan", 1), Map.entry("Feb", 2),
            Map.entry("Mar", 3), Map.entry("Apr", 4), Map.entry("May", 5), Map.entry("Jun", 6), Map.entry("Jul", 7),
            Map.entry("Aug", 8), Map.entry("Sep", 9), Map.entry("Oct", 10), Map.entry("Nov", 11), Map.entry("Dec", 12));

    private static List<String> legalRateSection;
    private static List<String> ecbSection;
    private static List<String> belgianSection;
    private static final StatutoryRates RATES = StatutoryRates.builtIn();

    @BeforeAll
    static void readLegalReference() throws IOException {
        Path doc = Path.of("..", "docs", "LEGAL-REFERENCE.md");
        if (!Files.exists(doc)) {
            doc = Path.of("docs", "LEGAL-REFERENCE.md");
        }
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        legalRateSection = section(lines, "### 4.2 ");
        ecbSection = section(lines, "### 4.3 ");
        belgianSection = section(lines, "### 4.4 ");
    }

    private static List<String> section(List<String> lines, String heading) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(heading)) {
                start = i;
            } else if (start >= 0 && lines.get(i).startsWith("##")) {
                return lines.subList(start, i);
            }
        }
        assertTrue(start >= 0, "section " + heading + " not found in LEGAL-REFERENCE.md");
        return lines.subList(start, lines.size());
    }

    private static String plain(String text) {
        return text.replace("**", "").replace("⚠️", "").replace("( ", "(").replaceAll("\\s+", " ").strip();
    }

    private static Rate percent(String text) {
        Matcher m = PERCENT.matcher(plain(text));
        assertTrue(m.find(), "no percentage in '" + text + "'");
        return Rate.ofPercent(m.group(1).replace(',', '.'));
    }

    private static LocalDate semesterStart(int year, int half) {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The source of a row must be quoted in the section: its address, or the site's name as the section writes it. */
    private static void assertSourceQuoted(List<String> section, Provision<Rate> row) {
        String link = row.reference().link().orElseThrow();
        String text = String.join("\n", section);
        String host = URI.create(link).getHost().replaceFirst("^www\\.", "");
        String site = host.substring(0, host.indexOf('.'));
        assertTrue(text.contains(link) || text.contains(site), "source " + link + " of " + row
                + " is not quoted in LEGAL-REFERENCE.md");
    }

    @Test
    @DisplayName("French legal rate per semester since 2015, both categories: LEGAL-REFERENCE §4.2 table = shipped table")
    void frenchLegalRatePerSemester() {
        Map<LocalDate, String[]> documented = new TreeMap<>();
        List<LocalDate> unconfirmed = new ArrayList<>();
        for (String line : legalRateSection) {
            Matcher m = LEGAL_ROW.matcher(line.strip());
            if (!m.matches()) {
                continue;
            }
            LocalDate start = semesterStart(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (m.group(3).contains("UNCONFIRMED")) {
                unconfirmed.add(start);
                continue;
            }
            documented.put(start, new String[] {m.group(3), m.group(4), m.group(5)});
        }
        assertEquals(23, documented.size(), "semesters 2015-S1 to 2026-S1 in LEGAL-REFERENCE");
        assertEquals(List.of(LocalDate.of(2026, 7, 1)), unconfirmed);

        List<Provision<Rate>> privateRows = RATES.table(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR);
        List<Provision<Rate>> otherRows = RATES.table(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES);
        Map<LocalDate, Integer> shipped = new TreeMap<>();
        for (int i = 0; i < privateRows.size(); i++) {
            LocalDate start = privateRows.get(i).period().startInclusive();
            if (!start.isBefore(LocalDate.of(2015, 1, 1))) {
                shipped.put(start, i);
            }
        }
        assertEquals(documented.keySet(), shipped.keySet(), "the shipped semesters are those of LEGAL-REFERENCE");
        for (Map.Entry<LocalDate, String[]> entry : documented.entrySet()) {
            int i = shipped.get(entry.getKey());
            Provision<Rate> privateRow = privateRows.get(i);
            Provision<Rate> otherRow = otherRows.get(i);
            assertEquals(entry.getKey().plusMonths(6), privateRow.period().endExclusive().orElseThrow());
            assertEquals(percent(entry.getValue()[0]), privateRow.value(), "private creditor rate of " + entry.getKey());
            assertEquals(percent(entry.getValue()[1]), otherRow.value(), "other cases rate of " + entry.getKey());
            String instrument = plain(privateRow.reference().instrument());
            assertTrue(plain(entry.getValue()[2]).startsWith(instrument),
                    "instrument of " + entry.getKey() + ": shipped '" + instrument + "', documented '"
                            + plain(entry.getValue()[2]) + "'");
            assertSourceQuoted(legalRateSection, privateRow);
        }
        assertThrows(UnknownStatutoryRateException.class,
                () -> RATES.rateOn(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, LocalDate.of(2026, 7, 1)));
    }

    @Test
    @DisplayName("French legal rate before 2015, one rate a year: LEGAL-REFERENCE §4.2 list = shipped table")
    void frenchLegalRatePerYear() {
        String line = legalRateSection.stream().filter(l -> l.startsWith("Pre-2015 single annual rate")).findFirst()
                .orElseThrow();
        Map<Integer, Rate> documented = new TreeMap<>();
        Matcher m = Pattern.compile("(\\d{4}) (\\d+,\\d+) %").matcher(line);
        while (m.find()) {
            documented.put(Integer.parseInt(m.group(1)), Rate.ofPercent(m.group(2).replace(',', '.')));
        }
        assertEquals(10, documented.size(), "years 2005 to 2014");
        Map<Integer, Rate> shipped = new TreeMap<>();
        for (StatutoryRateSeries series : List.of(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR,
                StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES)) {
            for (Provision<Rate> row : RATES.table(series)) {
                LocalDate start = row.period().startInclusive();
                if (start.isBefore(LocalDate.of(2015, 1, 1))) {
                    assertEquals(start.withDayOfYear(1), start);
                    assertEquals(start.plusYears(1), row.period().endExclusive().orElseThrow());
                    assertTrue(row.reference().instrument().contains(String.valueOf(start.getYear())));
                    assertTrue(line.contains(row.reference().link().orElseThrow()));
                    Rate previous = shipped.put(start.getYear(), row.value());
                    assertTrue(previous == null || previous.equals(row.value()), "one rate for every creditor");
                }
            }
        }
        assertEquals(documented, shipped);
    }

    @Test
    @DisplayName("ECB main refinancing rate, every change since 2008: LEGAL-REFERENCE §4.3 table = shipped table")
    void ecbRate() {
        Map<LocalDate, Rate> documented = new LinkedHashMap<>();
        LocalDate lastDecision = null;
        for (String line : ecbSection) {
            Matcher m = ECB_ROW.matcher(line.strip());
            if (m.matches()) {
                documented.put(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
                        Integer.parseInt(m.group(1))), Rate.ofPercent(m.group(4).replace(',', '.')));
            } else if (line.startsWith("| — |") && line.contains("unchanged")) {
                Matcher last = Pattern.compile("(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})").matcher(plain(line));
                while (last.find()) {
                    lastDecision = LocalDate.of(Integer.parseInt(last.group(3)), MONTHS.get(last.group(2)),
                            Integer.parseInt(last.group(1)));
                }
            }
        }
        assertEquals(36, documented.size(), "changes from 9 Jul 2008 to 11 Jun 2025");
        assertEquals(LocalDate.of(2026, 2, 5), lastDecision);

        List<Provision<Rate>> rows = RATES.table(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE);
        Map<LocalDate, Rate> shipped = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Provision<Rate> row = rows.get(i);
            shipped.put(row.period().startInclusive(), row.value());
            LocalDate end = row.period().endExclusive().orElseThrow();
            assertEquals(i + 1 < rows.size() ? rows.get(i + 1).period().startInclusive() : lastDecision.plusDays(1),
                    end, "each rate runs until the next change, the last until the last decision seen");
            LocalDate start = row.period().startInclusive();
            String date = start.getDayOfMonth() + " "
                    + MONTHS.entrySet().stream().filter(e -> e.getValue() == start.getMonthValue()).findFirst()
                            .orElseThrow().getKey() + " " + start.getYear();
            assertTrue(row.reference().instrument().contains(date), row.reference().instrument() + " names " + date);
            assertSourceQuoted(ecbSection, row);
        }
        assertEquals(documented, shipped);
    }

    @Test
    @DisplayName("French B2B default rate per semester (ECB on 1 Jan / 1 Jul + 10): LEGAL-REFERENCE §4.3 list = "
            + "computed from the shipped ECB table")
    void derivedFrenchCommercialDefaultRates() {
        String line = ecbSection.stream().filter(l -> l.startsWith("Derived French B2B default rate")).findFirst()
                .orElseThrow();
        String list = line.substring(line.indexOf("):") + 2);
        Map<LocalDate, Rate> documented = new TreeMap<>();
        for (String item : items(list)) {
            String text = plain(item);
            if (item.contains("⚠️")) {
                assertTrue(text.startsWith("2026-S2"), "only 2026-S2 is unconfirmed: " + text);
                continue;
            }
            List<LocalDate> bounds = semesters(text);
            Rate rate = percent(text);
            LocalDate from = bounds.get(0);
            LocalDate to = bounds.size() > 1 && text.contains("…") ? bounds.get(1) : from;
            for (LocalDate s = from; !s.isAfter(to); s = s.plusMonths(6)) {
                documented.put(s, rate);
            }
        }
        assertEquals(23, documented.size(), "2015-S1 to 2026-S1");
        for (Map.Entry<LocalDate, Rate> entry : documented.entrySet()) {
            assertEquals(entry.getValue(), RATES.frenchCommercialDefaultRate(entry.getKey()),
                    "default rate of the semester starting " + entry.getKey());
            assertEquals(entry.getValue(), RATES.frenchCommercialDefaultRate(entry.getKey().plusMonths(6).minusDays(1)));
        }
        assertThrows(UnknownStatutoryRateException.class,
                () -> RATES.frenchCommercialDefaultRate(LocalDate.of(2026, 7, 1)));
    }

    private static List<LocalDate> semesters(String text) {
        List<LocalDate> found = new ArrayList<>();
        Matcher m = SEMESTER.matcher(text);
        while (m.find()) {
            found.add(semesterStart(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return found;
    }

    @Test
    @DisplayName("Belgian commercial rate per semester: LEGAL-REFERENCE §4.4 list = shipped table")
    void belgianCommercialRate() {
        String cell = cell(belgianSection, "| B2B rate history");
        Map<LocalDate, Rate> documented = new TreeMap<>();
        for (String item : items(cell)) {
            String text = plain(item);
            if (text.contains("UNCONFIRMED")) {
                assertTrue(text.startsWith("2026-S2"), "only 2026-S2 is unconfirmed: " + text);
                continue;
            }
            Rate rate = percent(text);
            List<LocalDate> bounds = semesters(text);
            if (bounds.isEmpty()) {
                int year = Integer.parseInt(text.substring(0, 4));
                documented.put(LocalDate.of(year, 1, 1), rate);
                documented.put(LocalDate.of(year, 7, 1), rate);
            } else if (text.contains("→")) {
                for (LocalDate s = bounds.get(0); !s.isAfter(bounds.get(1)); s = s.plusMonths(6)) {
                    documented.put(s, rate);
                }
            } else if (text.contains("& S2")) {
                documented.put(bounds.get(0), rate);
                documented.put(bounds.get(0).plusMonths(6), rate);
            } else {
                documented.put(bounds.get(0), rate);
            }
        }
        assertEquals(27, documented.size(), "2013-S1 to 2026-S1");
        Map<LocalDate, Rate> shipped = new TreeMap<>();
        for (Provision<Rate> row : RATES.table(StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE)) {
            LocalDate start = row.period().startInclusive();
            assertEquals(start.plusMonths(6), row.period().endExclusive().orElseThrow(), "one row per semester");
            assertFalse(shipped.containsKey(start));
            shipped.put(start, row.value());
            assertSourceQuoted(belgianSection, row);
        }
        assertEquals(documented, shipped);
    }

    @Test
    @DisplayName("Belgian legal rate per year: LEGAL-REFERENCE §4.4 list = shipped table")
    void belgianLegalRate() {
        String cell = cell(belgianSection, "| Belgian legal interest rate");
        Map<Integer, Rate> documented = new TreeMap<>();
        Pattern item = Pattern.compile("^(\\d{4}) (\\d+(?:,\\d+)?) %");
        for (String part : items(cell)) {
            Matcher m = item.matcher(plain(part));
            assertTrue(m.find(), "unreadable item '" + part + "'");
            documented.put(Integer.parseInt(m.group(1)), Rate.ofPercent(m.group(2).replace(',', '.')));
        }
        assertEquals(20, documented.size(), "2007 to 2026");
        Map<Integer, Rate> shipped = new TreeMap<>();
        for (Provision<Rate> row : RATES.table(StatutoryRateSeries.BELGIAN_LEGAL_RATE)) {
            LocalDate start = row.period().startInclusive();
            assertEquals(start.withDayOfYear(1), start);
            assertEquals(start.plusYears(1), row.period().endExclusive().orElseThrow(), "one row per year");
            shipped.put(start.getYear(), row.value());
            assertSourceQuoted(belgianSection, row);
        }
        assertEquals(documented, shipped);
    }

    /** Splits a list on semicolons that are not inside parentheses. */
    private static List<String> items(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ';' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        String last = list.substring(start).strip();
        if (!last.isEmpty() && !last.equals(".")) {
            items.add(list.substring(start));
        }
        return items;
    }

    private static String cell(List<String> section, String rowStart) {
        String line = section.stream().filter(l -> l.startsWith(rowStart)).findFirst().orElseThrow();
        String[] cells = line.split("\\|");
        return cells[2].strip();
    }

    @Test
    @DisplayName("Every shipped table is contiguous: no day without a rate between its first and last row")
    void tablesAreContiguous() {
        for (StatutoryRateSeries series : StatutoryRateSeries.values()) {
            List<Provision<Rate>> rows = RATES.table(series);
            assertFalse(rows.isEmpty(), series + " is empty");
            for (int i = 1; i < rows.size(); i++) {
                assertEquals(rows.get(i - 1).period().endExclusive().orElseThrow(),
                        rows.get(i).period().startInclusive(), series + " has a gap or overlap at row " + i);
            }
        }
        assertEquals(LocalDate.of(2005, 1, 1),
                RATES.table(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES).get(0).period().startInclusive());
        assertEquals(LocalDate.of(2026, 6, 30),
                RATES.lastKnownDay(StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR).orElseThrow());
        assertEquals(LocalDate.of(2026, 6, 30),
                RATES.lastKnownDay(StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE).orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 31), RATES.lastKnownDay(StatutoryRateSeries.BELGIAN_LEGAL_RATE).orElseThrow());
        assertEquals(LocalDate.of(2026, 2, 5),
                RATES.lastKnownDay(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE).orElseThrow());
    }
}
