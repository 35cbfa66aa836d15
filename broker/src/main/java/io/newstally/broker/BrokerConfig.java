package io.newstally.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A single-node KRaft broker's configuration: broker and controller in one process. With
 * {@code auth}, clients must log in with SASL/SCRAM-SHA-512 and an authorizer (Kafka's
 * {@code StandardAuthorizer}, no ACL: no access) decides what each may do; the super user
 * {@code admin} is created at format time, with a random password kept in
 * {@link #adminClientFile()} (readable by its owner only).
 */
public record BrokerConfig(int port, int controllerPort, Path dataDir, boolean auth) {

    public static final String ADMIN = "admin";
    static final String SCRAM = "SCRAM-SHA-512";

    public BrokerConfig(int port, int controllerPort, Path dataDir) {
        this(port, controllerPort, dataDir, false);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path propertiesFile() {
        return dataDir.resolve("server.properties");
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    /** The admin's client properties (bootstrap servers, SASL settings, password), with {@code auth}. */
    public Path adminClientFile() {
        return dataDir.resolve("admin-client.properties");
    }

    /** What a client needs to reach this broker: as the admin, with {@code auth}. */
    public Properties clientProperties() throws IOException {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        if (auth) {
            p.putAll(scramClient(ADMIN, adminPassword()));
        }
        return p;
    }

    /** The SASL/SCRAM settings of a client that logs in as {@code user}. */
    public static Properties scramClient(String user, String password) {
        Properties p = new Properties();
        p.put("security.protocol", "SASL_PLAINTEXT");
        p.put("sasl.mechanism", SCRAM);
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";");
        return p;
    }

    /** The admin's password: made once, at the first start, and kept with the data. */
    String adminPassword() throws IOException {
        synchronized (BrokerConfig.class) {
            return readOrMakeAdminPassword();
        }
    }

    private String readOrMakeAdminPassword() throws IOException {
        Path file = adminClientFile();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(file)) {
                p.load(in);
            }
            String password = p.getProperty("newstally.admin.password");
            if (password != null) {
                return password;
            }
        }
        String password = randomPassword();
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        p.putAll(scramClient(ADMIN, password));
        p.put("newstally.admin.password", password);
        writePrivate(file, p, "the newstally broker's super user: for operators, not for the services");
        return password;
    }

    /** 128 random bits as hex: safe inside JAAS and SCRAM option syntax. */
    public static String randomPassword() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }

    /** Writes properties that hold a secret, readable and writable by the owner only. */
    public static void writePrivate(Path file, Properties p, String comment) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection holds
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, comment);
        }
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
        p.put("controller.listener.names", "CONTROLLER");
        if (auth) {
            authenticated(p);
        } else {
            p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
            p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            p.put("inter.broker.listener.name", "PLAINTEXT");
            p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        }
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

    /**
     * SASL on both listeners: SCRAM for clients and the broker's own connections (its credentials
     * live in the cluster metadata), PLAIN for the controller listener (KRaft's controllers cannot
     * use SCRAM, which they store); the admin is the only super user.
     */
    private void authenticated(Properties p) {
        String password;
        try {
            password = adminPassword();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        p.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + port);
        p.put("inter.broker.listener.name", "SASL_PLAINTEXT");
        p.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT");
        p.put("sasl.enabled.mechanisms", SCRAM);
        p.put("sasl.mechanism.inter.broker.protocol", SCRAM);
        p.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", SCRAM);
        p.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config", scramClient(ADMIN, password).getProperty("sasl.jaas.config"));
        p.put("sasl.mechanism.controller.protocol", "PLAIN");
        p.put("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.put("listener.name.controller.plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                + ADMIN + "\" password=\"" + password + "\" user_" + ADMIN + "=\"" + password + "\";");
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", "User:" + ADMIN);
        p.put("allow.everyone.if.no.acl.found", "false");
    }

    public void write() throws IOException {
        Files.createDirectories(dataDir);
        // with auth it holds the admin's password
        writePrivate(propertiesFile(), properties(), "newstally single-node KRaft broker");
    }
}
