package io.newstally.contracts;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka's log-and-continue handlers, which send the failed record to the dead-letter topic with
 * the reason in its headers, counted in {@link PipelineMetrics#deadLettered} by reason.
 */
public final class DeadLetterHandlers {

    private DeadLetterHandlers() {
    }

    /** A record that cannot be read (not JSON, wrong shape, not UTF-8). */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        private int maxBytes;

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            maxBytes = DeadLetters.maxBytes(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
            PipelineMetrics.deadLettered("deserialization", exception);
            Response r = super.handleError(context, record, exception);
            return r.result() == Result.RESUME ? Response.resume(fitted(r.deadLetterQueueRecords(), maxBytes)) : r;
        }
    }

    /** A record that a processor rejects (an article without text or id, say). */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        private int maxBytes;

        @Override
        public void configure(Map<String, ?> configs) {
            super.configure(configs);
            maxBytes = DeadLetters.maxBytes(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            PipelineMetrics.deadLettered("processing", exception);
            Response r = super.handleError(context, record, exception);
            return r.result() == Result.RESUME ? Response.resume(fitted(r.deadLetterQueueRecords(), maxBytes)) : r;
        }
    }

    private static List<ProducerRecord<byte[], byte[]>> fitted(List<ProducerRecord<byte[], byte[]>> records, int maxBytes) {
        return records.stream().map(r -> DeadLetters.fitted(r, maxBytes)).toList();
    }
}
