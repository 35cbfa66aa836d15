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

    /** A dead letter of a large input is written without the input rather than failing the transaction. */
    @Test
    void deadLettersOverTheLimitLoseTheirValueAndSaySo() {
        int limit = DeadLetters.maxBytes(Map.of(DeadLetters.MAX_BYTES_CONFIG, "2000000", "producer.max.request.size", "1048576"));
        assertThat(limit).isEqualTo(1_048_576 - 4096);
        var small = new ProducerRecord<>("news.dead-letter", "k".getBytes(), new byte[100]);
        assertThat(DeadLetters.fitted(small, limit)).isSameAs(small);
        var big = DeadLetters.fitted(new ProducerRecord<>("news.dead-letter", "k".getBytes(), new byte[limit + 1]), limit);
        assertThat(big.value()).isNull();
        assertThat(header(big, DeadLetters.VALUE_DROPPED)).startsWith((limit + 1) + " bytes not written");
    }

    /** Found on a real broker: a 5 MB input's dead letter failed, and was built again, for ever. */
    @Test
    void aDeadLetterTooLargeToWriteGoesAgainWithoutItsValueAndThenNeverAgain() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.REASON, "body over the limit".getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetters.ORIGINAL_OFFSET, "7".getBytes(StandardCharsets.UTF_8));
        var context = new Context("news.articles.raw", 0, 7, 1_700_000_000_000L, "big".getBytes(), new byte[5_000_000]);
        var failed = new ProducerRecord<>("news.dead-letter", null, 1_700_000_000_000L, "big".getBytes(), new byte[5_000_000], headers);
        Response r = handler().handleError(context, failed, new RecordTooLargeException("The message is 5000100 bytes"));

        assertThat(r.result()).isEqualTo(Result.RESUME);
        ProducerRecord<byte[], byte[]> again = r.deadLetterQueueRecords().get(0);
        assertThat(again.topic()).isEqualTo("news.dead-letter");
        assertThat(again.value()).isNull();
        assertThat(again.key()).isEqualTo("big".getBytes());
        assertThat(header(again, DeadLetters.REASON)).isEqualTo("body over the limit");
        assertThat(header(again, DeadLetters.ORIGINAL_OFFSET)).isEqualTo("7");
        assertThat(header(again, DeadLetters.VALUE_DROPPED)).startsWith("5000000 bytes not written: The message is 5000100 bytes");

        Response last = handler().handleError(context, again, new RecordTooLargeException("still too large"));
        assertThat(last.result()).isEqualTo(Result.RESUME);
        assertThat(last.deadLetterQueueRecords()).isEmpty();
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
