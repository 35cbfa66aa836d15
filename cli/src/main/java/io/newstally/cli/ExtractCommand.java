package io.newstally.cli;

import io.newstally.contracts.Claim;
import io.newstally.contracts.Json;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.claims.Explanation;
import io.newstally.enrich.story.StoryFile;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.ArticleInputs;
import io.newstally.ingest.InputRejected;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract claims offline, without Kafka, and print them as JSON lines.",
            "One claim per line, in the format of the evaluation guidelines, with the input file's name as \"article\"."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files (.txt, .json, .jsonl, .html, feeds), folders, URLs, or - for standard input")
    List<String> inputs;

    @Option(names = "--story", paramLabel = "FILE",
            description = "The story to extract for (a story file; default: the built-in North Korea story)")
    Path story;

    @Option(names = "--explain", description = {"For each claim, the rules that chose its value, count, kind, claimant and place;",
        "for each figure dropped, the rule that dropped it (\"dropped\": true)"})
    boolean explain;

    @Override
    public Integer call() throws Exception {
        Enricher enricher = story == null ? Enricher.withBundledSources() : Enricher.of(StoryFile.read(story));
        ArticleInputs.Result read = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(inputs);
        Instant now = Instant.now();
        StringBuilder out = new StringBuilder();
        for (ArticleDraft draft : read.drafts()) {
            String name = articleName(draft.origin());
            if (explain) {
                for (Explanation e : enricher.explain(draft.toArticle(now))) {
                    out.append(Json.write(explained(name, e))).append('\n');
                }
                continue;
            }
            for (Claim c : enricher.claims(draft.toArticle(now))) {
                out.append(Json.write(guidelineRecord(name, c))).append('\n');
            }
        }
        System.out.print(out);
        for (InputRejected r : read.rejected()) {
            System.err.println("rejected  " + r.input() + ": " + r.getMessage());
        }
        return read.rejected().isEmpty() ? 0 : 1;
    }

    /** The file name, as the guidelines' "article" field has it; other origins as they are. */
    static String articleName(String origin) {
        int slash = origin.lastIndexOf('/');
        return origin.contains("://") || slash < 0 ? origin : origin.substring(slash + 1);
    }

    /** A claim with the rules behind it, or a dropped figure with the rule that dropped it. */
    static Map<String, Object> explained(String article, Explanation e) {
        Map<String, Object> m = e.dropped() ? new LinkedHashMap<>() : guidelineRecord(article, e.claim());
        if (e.dropped()) {
            m.put("article", article);
            m.put("figure", e.figure());
            m.put("dropped", true);
            m.put("evidence", e.evidence());
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("value", e.valueRule());
        rules.put("count", e.countRule());
        if (!e.dropped()) {
            rules.put("kind", e.kindRule());
            rules.put("claimant", e.claimantRule());
            rules.put("place", e.placeRule());
        }
        m.put("rules", rules);
        return m;
    }

    /** Exactly the fields of the guidelines, in their order. */
    static Map<String, Object> guidelineRecord(String article, Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", article);
        m.put("value", c.value());
        m.put("low", c.low());
        m.put("qualifier", c.qualifier().wire());
        m.put("source", c.source());
        m.put("kind", c.kind().wire());
        m.put("location", c.location());
        m.put("evidence", c.evidence());
        return m;
    }
}
