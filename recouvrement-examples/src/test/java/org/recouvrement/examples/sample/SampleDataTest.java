package org.recouvrement.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recouvrement.recovery.RecoveryCase;

class SampleDataTest {

    @Test
    void loads() {
        List<RecoveryCase> cases = SampleData.cases();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SampleData.describe(cases, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        System.out.println(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(210, cases.size());
    }
}
