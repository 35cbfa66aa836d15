package io.newstally.broker;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker in a child JVM, from the Kafka jars on this JVM's class path: no
 * Docker, no download. Used by {@code newstally demo} and the end-to-end tests.
 */
public final class KafkaBroker implements AutoCloseable {

    private final BrokerConfig config;
    private final Process process;

    private KafkaBroker(BrokerConfig config, Process process) {
        this.config = config;
        this.process = process;
    }

    /** Starts a broker on free ports with its data in {@code dataDir}, and waits until it serves. */
    public static KafkaBroker start(Path dataDir, Duration timeout) throws IOException, InterruptedException {
        BrokerConfig config = new BrokerConfig(BrokerConfig.freePort(), BrokerConfig.freePort(), dataDir);
        return start(config, timeout);
    }

    public static KafkaBroker start(BrokerConfig config, Duration timeout) throws IOException, InterruptedException {
        java.nio.file.Files.createDirectories(config.dataDir());
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Dlog4j2.configurationFile=classpath:newstally-broker-log4j2.xml");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(BrokerMain.class.getName());
        cmd.add(String.valueOf(config.port()));
        cmd.add(String.valueOf(config.controllerPort()));
        cmd.add(config.dataDir().toAbsolutePath().toString());
        if (config.auth()) {
            cmd.add("auth");
        }
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(config.dataDir().resolve("broker.log").toFile()))
                .start();
        KafkaBroker broker = new KafkaBroker(config, p);
        // Ctrl-C or SIGTERM on the parent runs hooks, not finally blocks: never leave the broker behind
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-shutdown"));
        try {
            broker.awaitReady(timeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            broker.close();
            throw e;
        }
        return broker;
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public BrokerConfig config() {
        return config;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        String log = "see " + config.dataDir().resolve("broker.log");
        awaitServing(config.clientProperties(), timeout, () -> process.isAlive() ? null
                : "the Kafka broker exited with code " + process.exitValue() + "; " + log, log);
    }

    /**
     * Waits until a broker answers an admin client with {@code client}'s settings.
     *
     * @param gaveUp why there is no point waiting any longer (the broker's process is gone), or null
     * @param hint   where to look when it does not start ("see …/broker.log")
     * @throws IOException when {@code gaveUp} says so, or after {@code timeout}
     */
    public static void awaitServing(Properties client, Duration timeout, Supplier<String> gaveUp, String hint)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties admin = new Properties();
        admin.putAll(client);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        while (System.nanoTime() < deadline) {
            String why = gaveUp.get();
            if (why != null) {
                throw new IOException(why);
            }
            try (Admin a = Admin.create(admin)) {
                a.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                return;
            } catch (Exception notYet) {
                Thread.sleep(300);
            }
        }
        throw new IOException("the Kafka broker at " + client.getProperty("bootstrap.servers") + " did not start serving within "
                + timeout.toSeconds() + " s; " + hint);
    }

    /** SIGTERM, which Kafka handles with a clean shutdown; killed if it takes too long. */
    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
