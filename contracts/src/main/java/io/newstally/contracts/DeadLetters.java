package io.newstally.contracts;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a record on the dead-letter topic. The services use Kafka Streams' own
 * dead-letter queue (KIP-1034): the record's key and value are the original bytes, untouched,
 * so nothing is lost and a fixed record can be replayed; these headers say why and from where.
 */
public final class DeadLetters {

    /** The error message: why the record was rejected. */
    public static final String REASON = "__streams.errors.message";
    /** The exception class, e.g. {@code org.apache.kafka.common.errors.SerializationException}. */
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String ORIGINAL_TOPIC = "__streams.errors.topic";
    public static final String ORIGINAL_PARTITION = "__streams.errors.partition";
    public static final String ORIGINAL_OFFSET = "__streams.errors.offset";

    private DeadLetters() {
    }

    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
