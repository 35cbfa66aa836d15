package io.newstally.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Article;
import io.newstally.contracts.ArticleIds;
import io.newstally.contracts.Claim;
import io.newstally.contracts.Json;
import io.newstally.contracts.text.PlainText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's own score, computed in Java on the shared dev set: troop F1 over
 * (article, value, low, source), as score.py does. Skipped where ../shared is absent (a
 * user's clone); EnricherTest covers the same behaviours on the project's own sentences.
 */
class DevSetScoreTest {

    record Key(String article, long value, Long low, String source, String kind) {
    }

    @Test
    void troopF1OnTheDevSetIsAtLeast095() throws Exception {
        Path dev = Path.of(System.getProperty("newstally.shared.dir", "../../shared"), "eval", "dev");
        assumeTrue(Files.isDirectory(dev.resolve("articles")), "no shared evaluation data at " + dev.toAbsolutePath());

        Set<Key> gold = new HashSet<>();
        for (String line : Files.readAllLines(dev.resolve("gold.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.MAPPER.readTree(line);
            if (!n.get("kind").asText().equals("casualties")) {
                gold.add(new Key(n.get("article").asText(), n.get("value").asLong(),
                        n.get("low").isNull() ? null : n.get("low").asLong(), n.get("source").asText(), n.get("kind").asText()));
            }
        }
        Set<Key> predicted = new HashSet<>();
        Enricher enricher = Enricher.withBundledSources();
        // read as `newstally extract` reads them: the text reader ingest uses
        List<Path> files;
        try (var list = Files.list(dev.resolve("articles"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String name = file.getFileName().toString();
            PlainText.TitleAndBody text = PlainText.parse(Files.readString(file));
            Article article = new Article(name, null, null, text.title(), text.body(), null, Instant.EPOCH,
                    ArticleIds.contentHash(text.title(), text.body()), name);
            for (Claim c : enricher.claims(article)) {
                if (!c.kind().wire().equals("casualties")) {
                    predicted.add(new Key(name, c.value(), c.low(), c.source(), c.kind().wire()));
                }
            }
        }
        List<Key> matched = new ArrayList<>();
        int kindRight = 0;
        for (Key g : gold) {
            Key p = predicted.stream().filter(k -> k.article().equals(g.article()) && k.value() == g.value()
                    && Objects.equals(k.low(), g.low()) && k.source().equals(g.source())).findFirst().orElse(null);
            if (p != null) {
                matched.add(p);
                kindRight += p.kind().equals(g.kind()) ? 1 : 0;
            }
        }
        double precision = predicted.isEmpty() ? 0 : (double) matched.size() / predicted.size();
        double recall = (double) matched.size() / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        System.out.printf("dev set: P %.3f R %.3f F1 %.3f, kind right %d/%d%n", precision, recall, f1, kindRight, matched.size());
        assertThat(f1).isGreaterThanOrEqualTo(0.95);
        assertThat(kindRight).isEqualTo(matched.size());
    }
}
