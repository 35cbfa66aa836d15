package io.newstally.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.StoryFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sieve tested on its own sentences ({@code sieves.tsv}): each row gives the claims a careful
 * reader finds, and the rule it exercises must be among the rules {@code --explain} names for the text;
 * every sieve of every chain, every frame finder and relay, and every number form has a row.
 */
class SievesTest {

    private static final Map<String, Enricher> STORIES = Map.of(
            "north-korea", Enricher.withBundledSources(),
            "rwanda", Enricher.of(StoryFile.parse("{\"title\": \"Rwandan troops in eastern DR Congo\", \"force\": \"RW\"}", "rwanda")),
            "wagner", Enricher.of(StoryFile.parse("{\"title\": \"Wagner Group and Africa Corps mercenaries in Africa\", "
                    + "\"force\": {\"state\": \"RU\", \"names\": [\"Wagner\", \"Wagner Group\", \"Africa Corps\"]}}", "wagner")),
            "us", Enricher.of(StoryFile.parse("{\"title\": \"U.S. troops sent to the Middle East\", \"force\": \"US\"}", "us")));

    record Row(String rule, String title, String body, String expected, String story) {
        @Override
        public String toString() {
            return rule + ": " + body;
        }
    }

    static List<Row> rows() throws IOException {
        try (InputStream in = SievesTest.class.getResourceAsStream("/sieves.tsv")) {
            List<Row> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String[] text = cols[1].replace("\\n", "\n").split(" \\| ", 2);
                rows.add(new Row(cols[0], text[0], text[1], cols[2], cols.length > 3 ? cols[3] : "north-korea"));
            }
            return rows;
        }
    }

    static Stream<Arguments> sentences() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void theSieveDecidesAsACarefulReaderDoes(Row row) {
        Enricher enricher = STORIES.get(row.story());
        Article article = new Article("t", null, null, row.title(), row.body(), null, Instant.EPOCH, "h", "sieves");
        Set<String> found = new TreeSet<>();
        for (Claim c : enricher.claims(article)) {
            found.add(c.value() + (c.low() == null ? "" : "/" + c.low()) + ":" + c.source() + ":" + c.kind().wire());
        }
        Set<String> want = row.expected().equals("-") ? Set.of() : new TreeSet<>(List.of(row.expected().split(",")));
        assertThat(found).as(row.body()).isEqualTo(want);
        assertThat(rulesNamed(enricher.explain(article))).as("rules --explain names for: " + row.body()).contains(row.rule());
    }

    private static Set<String> rulesNamed(List<Explanation> explanations) {
        Set<String> rules = new HashSet<>();
        for (Explanation e : explanations) {
            rules.add(e.valueRule());
            rules.add(e.countRule());
            rules.add(e.kindRule());
            rules.add(e.claimantRule());
            rules.add(e.placeRule());
        }
        return rules;
    }

    @Test
    void everySieveHasSentencesOfItsOwn() throws IOException {
        Set<String> covered = new HashSet<>();
        rows().forEach(r -> covered.add(r.rule()));
        List<String> sieves = new ArrayList<>();
        CountSieves.CHAIN.sieves().forEach(s -> sieves.add(s.name()));
        KindSieves.CHAIN.sieves().forEach(s -> sieves.add(s.name()));
        PlaceSieves.CHAIN.sieves().forEach(s -> sieves.add(s.name()));
        ClaimantSieves.CHAIN.sieves().stream().filter(s -> !s.name().equals("narrowest-frame")).forEach(s -> sieves.add(s.name()));
        Frames.FINDERS.forEach(s -> sieves.add(s.name()));
        Frames.RELAYS.forEach(s -> sieves.add(s.name()));
        assertThat(covered).as("sieves with no sentences in sieves.tsv").containsAll(sieves);
    }
}
