package io.newstally.contracts;

import java.util.Properties;

/**
 * newstally's client configuration is Kafka's client properties plus its own {@code newstally.*}
 * keys (topic names, {@link Topics#PROPERTY_PREFIX}); every Kafka client gets the first part only.
 */
public final class ClientConfig {

    private ClientConfig() {
    }

    /** Client properties without newstally's own keys, which Kafka clients would warn about. */
    public static Properties kafkaOnly(Properties all) {
        Properties p = new Properties();
        all.forEach((k, v) -> {
            if (!k.toString().startsWith("newstally.")) {
                p.put(k, v);
            }
        });
        return p;
    }
}
