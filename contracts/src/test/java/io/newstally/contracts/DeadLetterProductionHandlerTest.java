package io.newstally.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {

    private static final byte[] TOO_LARGE = new byte[16];

    /** The context Kafka Streams passes: an input record's, or a punctuation's (no topic, timestamp -1). */
    record Context(String topic, int partition, long offset, long timestamp, byte[] sourceRawKey, byte[] sourceRawValue)
            implements ErrorHandlerContext {
        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "publish";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 0);
        }
    }

    private static DeadLetterProductionHandler handler() {
        DeadLetterProductionHandler h = new DeadLetterProductionHandler();
        h.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "news.dead-letter"));
        return h;
    }

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRecordTooLargeToWriteSendsItsInputToTheDeadLetterTopicAndTheServiceGoesOn() {
        var context = new Context("news.articles.enriched", 2, 41, 1_700_000_000_000L, "a1".getBytes(), "{...}".getBytes());
        Response r = handler().handleError(context, new ProducerRecord<>("news.claims", "a1".getBytes(), TOO_LARGE),
                new RecordTooLargeException("The message is 1049465 bytes"));

        assertThat(r.result()).isEqualTo(Result.RESUME);
        ProducerRecord<byte[], byte[]> dead = r.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo("news.dead-letter");
        assertThat(dead.key()).isEqualTo("a1".getBytes());
        assertThat(dead.value()).isEqualTo("{...}".getBytes());
        assertThat(dead.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(header(dead, DeadLetters.REASON)).contains("news.claims", "1049465 bytes");
        assertThat(header(dead, DeadLetters.ORIGINAL_TOPIC)).isEqualTo("news.articles.enriched");
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("41");
    }

    @Test
    void aRecordAPunctuationWroteWithNoTimestampStillGetsADeadLetterInsteadOfAnError() {
        var context = new Context(null, -1, -1, -1, null, null);
        Response r = handler().handleError(context, new ProducerRecord<>("news.estimates.by-source", "KR".getBytes(), TOO_LARGE),
                new RecordTooLargeException("too large"));

        assertThat(r.result()).isEqualTo(Result.RESUME);
        ProducerRecord<byte[], byte[]> dead = r.deadLetterQueueRecords().get(0);
        assertThat(dead.timestamp()).isNull();
        assertThat(dead.key()).isEqualTo("KR".getBytes());
        assertThat(dead.value()).isNull();
        assertThat(header(dead, DeadLetters.REASON)).contains("news.estimates.by-source");
    }

    @Test
    void retriableErrorsAreRetriedAndSerializationErrorsDeadLettered() {
        var context = new Context("news.articles.raw", 0, 7, 5, "k".getBytes(), "v".getBytes());
        assertThat(handler().handleError(context, new ProducerRecord<>("t", TOO_LARGE), new TimeoutException("slow")).result())
                .isEqualTo(Result.RETRY);
        Response r = handler().handleSerializationError(context, new ProducerRecord<>("news.claims", "x"),
                new IllegalStateException("cannot serialize"), SerializationExceptionOrigin.VALUE);
        assertThat(r.result()).isEqualTo(Result.RESUME);
        assertThat(r.deadLetterQueueRecords().get(0).value()).isEqualTo("v".getBytes());
    }

    @Test
    void itNeverThrowsEvenWithNothingToGoOn() {
        Response r = handler().handleError(null, null, new RecordTooLargeException("too large"));
        assertThat(r.result()).isEqualTo(Result.RESUME);
    }
}
