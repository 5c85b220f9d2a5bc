package org.recouvrement.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.recouvrement.party.Territory;

class SampleDataTest {

    @Test
    void describesTheSample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleData.describe(SampleData.cases(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("Sample export of 2026-11-20: 210 open invoices of 60 debtors\n"), output);
        assertTrue(output.contains("  ALSACE_MOSELLE                 17\n"), output);
        assertTrue(output.contains("  PROFESSIONAL_TO_CONSUMER       60\n"), output);
        assertTrue(output.contains("  TOTAL                         EUR 637497.79\n"), output);
    }

    @Test
    void theCreditorIsAFrenchMerchant() {
        assertTrue(SampleData.creditor().merchant());
        assertEquals(Territory.METROPOLITAN_FRANCE, SampleData.creditor().territory());
        assertEquals("041273855", SampleData.creditor().siren().orElseThrow().digits());
    }

    @Test
    void opensOnlyItsOwnFiles() {
        assertThrows(IllegalArgumentException.class, () -> SampleData.resource("../demo/Demo.class"));
    }
}
