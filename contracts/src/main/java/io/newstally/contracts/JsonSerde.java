package io.newstally.contracts;

import com.fasterxml.jackson.databind.JavaType;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The Jackson serde for every record type. Null stays null (a tombstone); any JSON error
 * becomes a {@link SerializationException} that names the type, so Kafka's error handlers
 * can route the record to the dead-letter topic.
 */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {

    private final JavaType type;
    /** The largest record this serde writes; larger ones fail to serialize. */
    private final int maxBytes;

    private JsonSerde(JavaType type, int maxBytes) {
        this.type = type;
        this.maxBytes = maxBytes;
    }

    public static <T> JsonSerde<T> of(Class<T> type) {
        return new JsonSerde<>(Json.MAPPER.constructType(type), Integer.MAX_VALUE);
    }

    /**
     * The same serde, refusing to write a record over {@code maxBytes} (the topic's limit): the
     * record then fails as a serialization error, before it is sent, which the services turn into
     * a dead letter of its input. Sent and rejected by the broker instead, it would abort the
     * exactly-once transaction it was in, and the service with it.
     */
    public JsonSerde<T> limitedTo(int maxBytes) {
        return new JsonSerde<>(type, maxBytes);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(data);
        } catch (IOException e) {
            throw new SerializationException("cannot write " + type.getRawClass().getSimpleName()
                    + " as JSON for topic " + topic + ": " + e.getMessage(), e);
        }
        if (bytes.length > maxBytes) {
            throw new SerializationException(type.getRawClass().getSimpleName() + " record of " + bytes.length
                    + " bytes is over the limit of " + maxBytes + " bytes for topic " + topic);
        }
        return bytes;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.MAPPER.readValue(data, type);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a valid " + type.getRawClass().getSimpleName()
                    + " JSON record on topic " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the mapper is shared
    }

    @Override
    public void close() {
        // the shared mapper holds no resources
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
