package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Claim;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of sentences written for newstally in the styles the pipeline reads (wires, Korean
 * and Ukrainian outlets, official briefs), with casualty reports and the traps of the
 * guidelines, and the claims a careful reader finds in each: {@code src/test/resources/styles.tsv}.
 */
class StylesTest {

    static Stream<Arguments> sentences() throws IOException {
        try (InputStream in = StylesTest.class.getResourceAsStream("/styles.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t"))
                    .map(cols -> Arguments.of(cols[0], cols[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void claimsAreWhatACarefulReaderFinds(String text, String expected) {
        String[] parts = text.replace("\\n", "\n").split(" \\| ", 2); // "\n" in the table is a line break
        List<String> found = EnricherTest.claims(parts[0], parts[1]).stream().map(StylesTest::format).toList();
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(","));
        assertThat(found).containsExactlyInAnyOrderElementsOf(want);
    }

    private static String format(Claim c) {
        return c.value() + (c.low() == null ? "" : "/" + c.low()) + ":" + c.source() + ":" + c.kind().wire();
    }
}
