package org.recouvrement.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoTest {

    @Test
    void printsTheClaimAndItsBalanceOnTheDefaultDate() {
        String output = run(Demo.DEFAULT_AS_OF);
        assertTrue(output.contains("Claim FA-2026-0117 (COMMERCIAL_BETWEEN_MERCHANTS)"), output);
        assertTrue(output.contains("due 2026-04-01"), output);
        assertTrue(output.contains("Outstanding       3\u202f000,00\u00a0€"), output);
    }

    @Test
    void answersForAnEarlierDateWithoutLaterEvents() {
        String output = run(LocalDate.of(2026, 4, 30));
        assertTrue(output.contains("Outstanding       4\u202f800,00\u00a0€"), output);
        assertTrue(!output.contains("FormalNoticeSent"), output);
    }

    @Test
    void readsTheAsOfArgument() {
        assertEquals(LocalDate.of(2026, 6, 30), Demo.asOf(new String[] {"--as-of", "2026-06-30"}));
        assertEquals(Demo.DEFAULT_AS_OF, Demo.asOf(new String[0]));
        assertThrows(IllegalArgumentException.class, () -> Demo.asOf(new String[] {"--when"}));
    }

    private static String run(LocalDate asOf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Demo.run(asOf, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
