package io.newstally.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a service does with a record it cannot write (over the broker's size limit, say, or one
 * its serde rejects): the input record that produced it goes to the dead-letter topic with the
 * reason, and the service goes on; retriable errors are retried. Kafka's default handler stops
 * the service instead, and its dead-letter builder itself throws "Invalid timestamp: -1" for a
 * record a punctuation wrote (no input record, no timestamp). This one never throws: whatever
 * it cannot build, it leaves out, and it says so in the log.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String deadLetterTopic;
    private int maxBytes = Integer.MAX_VALUE;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
        maxBytes = DeadLetters.maxBytes(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (record != null && record.topic() != null && record.topic().equals(deadLetterTopic)) {
            return withoutValue(record, exception);
        }
        return resume(context, record == null ? null : record.topic(), record == null ? null : record.key(), exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return resume(context, record == null ? null : record.topic(), null, exception);
    }

    private Response resume(ErrorHandlerContext context, String failedTopic, byte[] failedKey, Exception exception) {
        try {
            PipelineMetrics.deadLettered("production", exception);
            LOG.warn("could not write a record to {}: {}; its input record goes to {}", failedTopic, exception.toString(),
                    deadLetterTopic);
            if (deadLetterTopic == null) {
                return Response.resume();
            }
            return Response.resume(List.of(DeadLetters.fitted(deadLetter(context, failedTopic, failedKey, exception), maxBytes)));
        } catch (RuntimeException e) {
            LOG.error("could not build the dead letter for a record to {}; the record is skipped", failedTopic, e);
            return Response.resume();
        }
    }

    /**
     * A dead letter that could not be written (its value, the input as sent, is over the
     * dead-letter topic's or the producer's size limit): sent again without its value, its
     * headers saying why it failed and where the original is; building another dead letter of the
     * same input would fail the same way, for ever. One that fails without a value is logged and
     * dropped.
     */
    private Response withoutValue(ProducerRecord<byte[], byte[]> failed, Exception exception) {
        try {
            if (failed.value() == null) {
                LOG.error("could not write a dead letter even without its value ({}); it is dropped", exception.toString());
                return Response.resume();
            }
            LOG.warn("could not write a dead letter of {} bytes ({}); it is sent without its value", failed.value().length,
                    exception.toString());
            return Response.resume(List.of(DeadLetters.withoutValue(failed, exception.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("could not rebuild a dead letter without its value; it is dropped", e);
            return Response.resume();
        }
    }

    /**
     * The input record, untouched, as Kafka Streams' own dead letters carry it, with the same
     * headers; where there is none (a punctuation wrote the record) the key of the record that
     * failed and no value. No timestamp is set when the context has none.
     */
    ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, String failedTopic, byte[] failedKey, Exception exception) {
        boolean fromInput = context != null && context.topic() != null;
        byte[] key = fromInput ? context.sourceRawKey() : failedKey;
        byte[] value = fromInput ? context.sourceRawValue() : null;
        Long timestamp = context != null && context.timestamp() >= 0 ? context.timestamp() : null;
        RecordHeaders headers = new RecordHeaders();
        String reason = "could not write a record to " + failedTopic + ": " + exception.getMessage();
        headers.add(DeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(DeadLetters.EXCEPTION, exception.getClass().getName().getBytes(StandardCharsets.UTF_8));
        if (fromInput) {
            headers.add(DeadLetters.ORIGINAL_TOPIC, context.topic().getBytes(StandardCharsets.UTF_8));
            headers.add(DeadLetters.ORIGINAL_PARTITION, Integer.toString(context.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add(DeadLetters.ORIGINAL_OFFSET, Long.toString(context.offset()).getBytes(StandardCharsets.UTF_8));
        }
        return new ProducerRecord<>(deadLetterTopic, null, timestamp, key, value, headers);
    }
}
