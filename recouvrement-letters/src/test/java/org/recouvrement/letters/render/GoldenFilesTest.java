package org.recouvrement.letters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.LetterFixtures;
import org.recouvrement.party.Language;

/**
 * Every kind of letter, in text and HTML, in French, Dutch and English, compared byte for byte with the golden files
 * of {@code src/test/resources/golden}, which were written by rendering once and then read and corrected as letters.
 * Run with {@code -Dgolden.update=true} to rewrite them after a deliberate change, and read the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final LetterRenderer RENDERER = LetterRenderer.withDefaults();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Language language : List.of(Language.FRENCH, Language.DUTCH, Language.ENGLISH)) {
            for (Map.Entry<String, Letter> entry : LetterFixtures.all(language).entrySet()) {
                for (OutputFormat format : List.of(OutputFormat.TEXT, OutputFormat.HTML)) {
                    cases.add(Arguments.of(entry.getKey() + "." + language.tag() + "." + format.extension(),
                            entry.getValue(), format));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsTheGoldenFile(String file, Letter letter, OutputFormat format) throws IOException {
        String rendered = RENDERER.render(letter, format).text();
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), rendered, file);
    }
}
