package io.newstally.ingest;

import io.newstally.contracts.Article;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One ingest session: reads inputs, applies the user's overrides, skips articles it has
 * already published with the same content (a feed polled again, a watched file saved twice),
 * publishes the rest and keeps the tally. Sending an unchanged article again would change
 * nothing downstream; skipping it keeps the raw topic and the summary honest.
 */
public final class Ingestion {

    /** Called after each input, for progress display. */
    public interface Progress {
        void inputDone(ArticleInputs.Input input, Tally tally);
    }

    /** What happened so far. */
    public static final class Tally {
        private int published;
        private int unchanged;
        private final List<InputRejected> rejected = new ArrayList<>();

        public int published() {
            return published;
        }

        public int unchanged() {
            return unchanged;
        }

        public List<InputRejected> rejected() {
            return rejected;
        }
    }

    private final ArticleInputs inputs;
    private final ArticleSink sink;
    private final String outlet;
    private final Instant publishedAt;
    private final Clock clock;
    private final Map<String, String> publishedHashes = new HashMap<>();
    private final Tally tally = new Tally();

    public Ingestion(ArticleInputs inputs, ArticleSink sink, String outlet, Instant publishedAt, Clock clock) {
        this.inputs = inputs;
        this.sink = sink;
        this.outlet = outlet;
        this.publishedAt = publishedAt;
        this.clock = clock;
    }

    public Tally tally() {
        return tally;
    }

    /** Reads and publishes the inputs, one input at a time so that progress is live. */
    public void ingest(List<ArticleInputs.Input> batch, Progress progress) throws Exception {
        for (ArticleInputs.Input input : batch) {
            List<ArticleDraft> drafts = new ArrayList<>();
            inputs.read(input, drafts::add, tally.rejected::add);
            Instant now = clock.instant();
            List<Article> fresh = new ArrayList<>();
            for (ArticleDraft d : drafts) {
                Article a = d.withOverrides(outlet, publishedAt).toArticle(now);
                if (a.contentHash().equals(publishedHashes.get(a.id()))) {
                    tally.unchanged++;
                } else {
                    fresh.add(a);
                    publishedHashes.put(a.id(), a.contentHash());
                }
            }
            if (!fresh.isEmpty()) {
                sink.publish(fresh);
                tally.published += fresh.size();
            }
            progress.inputDone(input, tally);
        }
    }

    public void reject(InputRejected r) {
        tally.rejected.add(r);
    }
}
