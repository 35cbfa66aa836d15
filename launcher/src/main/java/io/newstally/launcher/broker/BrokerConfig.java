package io.newstally.launcher.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A single-node KRaft broker's configuration: broker and controller in one process. */
public record BrokerConfig(int port, int controllerPort, Path dataDir) {

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path propertiesFile() {
        return dataDir.resolve("server.properties");
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    /** A port no one listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    public Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir().toAbsolutePath().toString());
        // one node: every internal topic has one replica
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        // small segments keep a local data folder small; compaction runs soon after writes
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.put("log.cleaner.min.compaction.lag.ms", "0");
        return p;
    }

    public void write() throws IOException {
        Files.createDirectories(dataDir);
        try (OutputStream out = Files.newOutputStream(propertiesFile())) {
            properties().store(out, "newstally single-node KRaft broker");
        }
    }
}
