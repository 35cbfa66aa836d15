package io.newstally.ingest;

import io.newstally.contracts.Article;
import io.newstally.contracts.JsonSerde;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes articles to the raw topic, keyed by article id. */
public final class ArticlePublisher implements ArticleSink, AutoCloseable {

    private final KafkaProducer<String, Article> producer;
    private final String topic;

    public ArticlePublisher(Properties clientConfig, String topic) {
        this.producer = new KafkaProducer<>(producerConfig(clientConfig), new StringSerializer(), JsonSerde.of(Article.class));
        this.topic = topic;
    }

    /** Idempotent, acks=all, compressed, batches sized for ~4 KB articles; user properties win. */
    public static Properties producerConfig(Properties clientConfig) {
        Properties p = new Properties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newstally-ingest");
        p.putAll(clientConfig);
        return p;
    }

    /** Sends all, waits for every acknowledgement, and returns where each article went. */
    public List<RecordMetadata> send(List<Article> articles) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(articles.size());
        for (Article a : articles) {
            // The record time is when the article entered newstally, not when it was published: a
            // topic's time retention would otherwise delete an archive's articles as soon as they land.
            sent.add(producer.send(new ProducerRecord<>(topic, null, a.ingestedAt().toEpochMilli(), a.id(), a)));
        }
        producer.flush();
        List<RecordMetadata> acks = new ArrayList<>(sent.size());
        for (Future<RecordMetadata> f : sent) {
            acks.add(f.get());
        }
        return acks;
    }

    @Override
    public void publish(List<Article> articles) throws InterruptedException, ExecutionException {
        send(articles);
    }

    /** A tombstone: the article is withdrawn and leaves every aggregate. */
    public RecordMetadata delete(String articleId) throws InterruptedException, ExecutionException {
        return producer.send(new ProducerRecord<>(topic, articleId, null)).get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
