package io.newstally.contracts;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;

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
    /**
     * Present when the dead letter carries no value because the input was over the dead-letter
     * topic's or the producer's size limit: its size and the error. The original is still on its
     * topic at the partition and offset above (until compaction replaces it).
     */
    public static final String VALUE_DROPPED = "__newstally.errors.value.dropped";

    /**
     * The largest dead letter a service writes (a service sets it from the dead-letter topic's
     * {@code max.message.bytes}); the producer's {@code max.request.size} bounds it too.
     */
    public static final String MAX_BYTES_CONFIG = "newstally.dead-letter.max.bytes";
    /** Room for a record batch's framing, as the topic's limit counts it. */
    private static final int FRAMING_BYTES = 4096;
    private static final int DEFAULT_MAX_BYTES = 1_000_000;

    private DeadLetters() {
    }

    /** The bound of {@link #MAX_BYTES_CONFIG} and the producer's request size, from a service's configuration. */
    public static int maxBytes(Map<String, ?> configs) {
        int max = number(configs.get(MAX_BYTES_CONFIG), DEFAULT_MAX_BYTES);
        Object request = configs.get(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
        if (request == null) {
            request = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return Math.min(max, number(request, 1_048_576) - FRAMING_BYTES);
    }

    private static int number(Object v, int otherwise) {
        if (v == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /**
     * The dead letter as it is, or, when it would be over {@code maxBytes} (an input of 5 MB on a
     * raw topic that takes it), without its value and with a {@link #VALUE_DROPPED} header: a
     * record over the producer's or the topic's limit would fail the exactly-once transaction it
     * is in, and stop the service. The original is still on its topic at the offset in the headers.
     */
    public static ProducerRecord<byte[], byte[]> fitted(ProducerRecord<byte[], byte[]> r, int maxBytes) {
        long size = (r.key() == null ? 0 : r.key().length) + (r.value() == null ? 0 : r.value().length);
        for (Header h : r.headers()) {
            size += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        if (size <= maxBytes || r.value() == null) {
            return r;
        }
        return withoutValue(r, "the dead letter would be over the limit of " + maxBytes + " bytes");
    }

    /** The dead letter with its key and headers and no value, a {@link #VALUE_DROPPED} header saying its size and {@code why}. */
    public static ProducerRecord<byte[], byte[]> withoutValue(ProducerRecord<byte[], byte[]> r, String why) {
        RecordHeaders headers = new RecordHeaders(r.headers().toArray());
        headers.add(VALUE_DROPPED, (r.value().length + " bytes not written: " + why).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(), null, headers);
    }

    public static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
