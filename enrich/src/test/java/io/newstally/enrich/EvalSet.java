package io.newstally.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Article;
import io.newstally.contracts.ArticleIds;
import io.newstally.contracts.Claim;
import io.newstally.contracts.Json;
import io.newstally.contracts.text.PlainText;
import io.newstally.enrich.story.StoryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the shared evaluation sets (../shared/eval/dev, wide, wide2, stories/*), scored in Java
 * exactly as score.py scores it: claims deduplicated on (article, value, low, source, kind),
 * matched within each article on (value, low, source) with same-kind pairs taken first,
 * troops (deployed and planned) and casualties scored apart.
 */
final class EvalSet {

    record Key(String article, long value, Long low, String source, String kind) {
        boolean troops() {
            return !kind.equals("casualties");
        }
    }

    /** Precision, recall and F1 of one part, and how many matched claims have the right kind. */
    record Score(int gold, int predicted, int matched, int kindRight) {
        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P %.3f R %.3f F1 %.3f (gold %d, predicted %d, matched %d, kind right %d/%d)",
                    precision(), recall(), f1(), gold, predicted, matched, kindRight, matched);
        }
    }

    private EvalSet() {
    }

    /** The set's folder, or null where ../shared is absent (a user's clone). */
    static Path folder(String name) {
        Path dir = Path.of(System.getProperty("newstally.shared.dir", "../../shared"), "eval", name);
        return Files.isDirectory(dir.resolve("articles")) ? dir : null;
    }

    /**
     * The score of the enricher on the set, for the set's own story file when it has one ({@code story.json}, as
     * {@code newstally extract --story} reads it), else the built-in story: troops first, then casualties.
     */
    static List<Score> score(Path set) throws IOException {
        Set<Key> gold = new LinkedHashSet<>();
        for (String line : Files.readAllLines(set.resolve("gold.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = Json.MAPPER.readTree(line);
                gold.add(new Key(n.get("article").asText(), n.get("value").asLong(),
                        n.get("low").isNull() ? null : n.get("low").asLong(), n.get("source").asText(), n.get("kind").asText()));
            }
        }
        Set<Key> predicted = new LinkedHashSet<>();
        Path story = set.resolve("story.json");
        Enricher enricher = Files.isRegularFile(story) ? Enricher.of(StoryFile.read(story)) : Enricher.withBundledSources();
        Instant now = Instant.now(); // as `newstally extract` has it: the article's year is the year it is read
        List<Path> files;
        try (var list = Files.list(set.resolve("articles"))) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            // read as `newstally extract` reads them: the text reader ingest uses
            String name = file.getFileName().toString();
            PlainText.TitleAndBody text = PlainText.parse(Files.readString(file));
            Article article = new Article(name, null, null, text.title(), text.body(), null, now,
                    ArticleIds.contentHash(text.title(), text.body()), name);
            for (Claim c : enricher.claims(article)) {
                predicted.add(new Key(name, c.value(), c.low(), c.source(), c.kind().wire()));
            }
        }
        return List.of(part(gold, predicted, true), part(gold, predicted, false));
    }

    private static Score part(Set<Key> allGold, Set<Key> allPredicted, boolean troops) {
        List<Key> gold = allGold.stream().filter(k -> k.troops() == troops).toList();
        List<Key> predicted = allPredicted.stream().filter(k -> k.troops() == troops).toList();
        Map<List<Object>, List<Key>> goldBy = new HashMap<>();
        Map<List<Object>, List<Key>> predictedBy = new HashMap<>();
        gold.forEach(k -> goldBy.computeIfAbsent(matchKey(k), x -> new ArrayList<>()).add(k));
        predicted.forEach(k -> predictedBy.computeIfAbsent(matchKey(k), x -> new ArrayList<>()).add(k));
        int matched = 0;
        int kindRight = 0;
        for (Map.Entry<List<Object>, List<Key>> e : goldBy.entrySet()) {
            List<Key> gs = new ArrayList<>(e.getValue());
            List<Key> ps = new ArrayList<>(predictedBy.getOrDefault(e.getKey(), List.of()));
            for (Key g : List.copyOf(gs)) {
                Key same = ps.stream().filter(p -> p.kind().equals(g.kind())).findFirst().orElse(null);
                if (same != null) {
                    matched++;
                    kindRight++;
                    gs.remove(g);
                    ps.remove(same);
                }
            }
            matched += Math.min(gs.size(), ps.size());
        }
        return new Score(gold.size(), predicted.size(), matched, kindRight);
    }

    private static List<Object> matchKey(Key k) {
        return java.util.Arrays.asList(k.article(), k.value(), k.low(), k.source());
    }
}
