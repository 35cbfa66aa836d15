package io.newstally.enrich.stream;

import io.newstally.contracts.Article;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.PipelineMetrics;
import io.newstally.contracts.ReportedClaim;
import io.newstally.contracts.Topics;
import io.newstally.enrich.Enricher;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * raw articles → enriched articles (keyed by article id) and their claims.
 * A tombstone on the raw topic passes on as a tombstone, so aggregates can retract.
 * Records that are not articles go to the dead-letter topic through the service's handlers.
 */
public final class EnrichTopology {

    public static final String APPLICATION_ID = "newstally-enrich";

    private EnrichTopology() {
    }

    /** The largest record written under Kafka's default topic limit (1,048,588 bytes), with room for framing. */
    public static final int DEFAULT_MAX_RECORD_BYTES = 1_000_000;

    public static Topology build(Topics topics, Enricher enricher, int maxBodyChars) {
        return build(topics, enricher, maxBodyChars, DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * @param maxRecordBytes the largest enriched record the enriched topic takes: a larger one
     *                       (an article near the body limit, with its sentences and entities)
     *                       sends its raw input to the dead-letter topic instead
     */
    public static Topology build(Topics topics, Enricher enricher, int maxBodyChars, int maxRecordBytes) {
        StreamsBuilder builder = new StreamsBuilder();
        JsonSerde<EnrichedArticle> enrichedSerde = JsonSerde.of(EnrichedArticle.class).limitedTo(maxRecordBytes);

        JsonSerde<Article> articleSerde = JsonSerde.of(Article.class);
        // Raw records are read as bytes and parsed here, so that a record that is not JSON and a
        // record that is not an article take the same path to the dead-letter topic.
        KStream<String, EnrichedArticle> enriched = builder
                .stream(topics.raw(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .processValues(() -> new ContextualFixedKeyProcessor<String, byte[], EnrichedArticle>() {
                    @Override
                    public void process(FixedKeyRecord<String, byte[]> record) {
                        PipelineMetrics.ARTICLES_IN.increment();
                        if (record.value() == null) {
                            Article.checkId(record.key()); // a tombstone's key is the id it deletes
                            context().forward(record.withValue(null));
                            return;
                        }
                        Article raw = articleSerde.deserialize(topics.raw(), record.value());
                        Article article = RawArticles.complete(record.key(), raw, record.timestamp(), maxBodyChars);
                        EnrichedArticle enriched = PipelineMetrics.ENRICH_TIME.record(() -> enricher.enrich(article));
                        enriched.claims().forEach(c -> PipelineMetrics.claimExtracted(c.kind()));
                        PipelineMetrics.ARTICLES_ENRICHED.increment();
                        context().forward(record.withValue(enriched));
                    }
                }, Named.as("enrich"))
                // outside producers may send no key: the article id becomes the key
                .selectKey((key, value) -> value == null ? key : value.article().id(), Named.as("key-by-article-id"))
                .filter((key, value) -> key != null, Named.as("drop-unkeyed-tombstones"));

        enriched.to(topics.enriched(), Produced.with(Serdes.String(), enrichedSerde));
        enriched.filter((key, value) -> value != null)
                .flatMapValues(value -> value.claims().stream().map(c -> ReportedClaim.of(value.article(), c)).toList())
                .to(topics.claims(), Produced.with(Serdes.String(), JsonSerde.of(ReportedClaim.class)));
        return builder.build();
    }
}
