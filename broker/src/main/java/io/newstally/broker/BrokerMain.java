package io.newstally.broker;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Apache Kafka's own broker (KRaft, broker and controller in one) in this JVM: formats
 * the storage on first start, then hands over to {@code kafka.Kafka}, which stops cleanly on
 * SIGTERM. Started as a child JVM by {@link KafkaBroker}, or directly by {@code newstally broker}.
 *
 * <p>Arguments: PORT CONTROLLER_PORT DATA_DIR [auth].
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 && !(args.length == 4 && args[3].equals("auth"))) {
            System.err.println("usage: BrokerMain PORT CONTROLLER_PORT DATA_DIR [auth]");
            System.exit(2);
        }
        BrokerConfig config = new BrokerConfig(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), args.length == 4);
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
        java.util.List<String> format = new java.util.ArrayList<>(java.util.List.of(
                "format", "-t", clusterId, "-c", config.propertiesFile().toString(), "--ignore-formatted"));
        if (config.auth()) {
            // the super user must exist before the broker can log in to itself
            format.addAll(java.util.List.of("--add-scram",
                    BrokerConfig.SCRAM + "=[name=" + BrokerConfig.ADMIN + ",password=" + config.adminPassword() + "]"));
        }
        int rc = kafka.tools.StorageTool.execute(format.toArray(String[]::new), out);
        if (rc != 0) {
            throw new IllegalStateException("formatting the broker storage in " + config.logDir() + " failed (exit " + rc + ")");
        }
    }
}
