package io.newstally.launcher.broker;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Apache Kafka's own broker (KRaft, broker and controller in one) in this JVM: formats
 * the storage on first start, then hands over to {@code kafka.Kafka}, which stops cleanly on
 * SIGTERM. Started as a child JVM by {@link KafkaBroker}, or directly by {@code newstally broker}.
 *
 * <p>Arguments: PORT CONTROLLER_PORT DATA_DIR.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BrokerMain PORT CONTROLLER_PORT DATA_DIR");
            System.exit(2);
        }
        BrokerConfig config = new BrokerConfig(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        run(config);
    }

    public static void run(BrokerConfig config) throws Exception {
        config.write();
        formatIfNew(config, System.out);
        kafka.Kafka.main(new String[] {config.propertiesFile().toString()});
    }

    /** Formats the log directory once; an existing one keeps its data and cluster id. */
    static void formatIfNew(BrokerConfig config, PrintStream out) throws Exception {
        if (Files.exists(config.logDir().resolve("meta.properties"))) {
            return;
        }
        String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
        int rc = kafka.tools.StorageTool.execute(new String[] {
            "format", "-t", clusterId, "-c", config.propertiesFile().toString(), "--ignore-formatted"}, out);
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker storage in " + config.logDir() + " failed (exit " + rc + ")");
        }
    }
}
