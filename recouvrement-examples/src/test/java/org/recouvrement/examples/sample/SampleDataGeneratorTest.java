package org.recouvrement.examples.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed sample files are exactly what {@link SampleDataGenerator} writes, on any machine and in any locale.
 * Run with {@code -Dsample.regenerate=true} to rewrite them after changing the generator.
 */
class SampleDataGeneratorTest {

    @Test
    void theCommittedSampleIsTheGeneratorsOutput() throws IOException {
        Map<String, String> generated = SampleDataGenerator.generate();
        if (Boolean.getBoolean("sample.regenerate")) {
            SampleDataGenerator.main(new String[0]);
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertEquals(file.getValue(), read(file.getKey()), file.getKey() + " differs from the generator's output");
        }
    }

    @Test
    void theGeneratorIsDeterministic() {
        assertEquals(SampleDataGenerator.generate(), SampleDataGenerator.generate());
    }

    private static String read(String name) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Reader in = SampleData.resource(name)) {
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        }
        return text.toString();
    }
}
