package io.newstally.launcher;

import io.newstally.contracts.Claim;
import io.newstally.contracts.Json;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.sources.SourceRegistry;
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

    @Option(names = "--sources", paramLabel = "FILE", description = "Source registry (JSON) replacing the bundled one")
    Path sources;

    @Override
    public Integer call() throws Exception {
        Enricher enricher = new Enricher(sources == null ? SourceRegistry.bundled() : SourceRegistry.load(sources));
        ArticleInputs.Result read = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in).readAll(inputs);
        Instant now = Instant.now();
        StringBuilder out = new StringBuilder();
        for (ArticleDraft draft : read.drafts()) {
            String name = articleName(draft.origin());
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
