package io.newstally.cli;

import io.newstally.aggregate.AggregateTopology;
import io.newstally.contracts.Topics;
import io.newstally.enrich.stream.EnrichTopology;
import io.newstally.broker.BrokerConfig;
import io.newstally.broker.BrokerMain;
import io.newstally.broker.KafkaBroker;
import io.newstally.broker.ScramUsers;
import io.newstally.broker.ServiceAcls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.common.acl.AclBinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a real single-node Kafka broker (KRaft) on localhost.", "Its data is kept across restarts; Ctrl-C stops it."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", description = "Client port; 0 picks a free one (default: ${DEFAULT-VALUE})", defaultValue = "9092")
    int port;

    @Option(names = "--controller-port", description = "KRaft controller port (default: a free one)")
    Integer controllerPort;

    @Option(names = "--data", description = "Data folder (default: ${DEFAULT-VALUE})", defaultValue = "data/kafka")
    Path data;

    @Option(names = "--auth", description = {"Clients must log in (SASL/SCRAM-SHA-512) and an authorizer applies ACLs.",
        "Creates the super user admin and the user newstally with the ACLs the pipeline needs, and writes",
        "their client properties (for --kafka-config) in the data folder. Keep --auth on every start of that folder."})
    boolean auth;

    /** The user that runs the pipeline on a broker started with {@code --auth}. */
    static final String PIPELINE_USER = "newstally";

    @Override
    public Integer call() throws Exception {
        BrokerConfig config = new BrokerConfig(port == 0 ? BrokerConfig.freePort() : port, controllerPort != null ? controllerPort : BrokerConfig.freePort(),
                data.toAbsolutePath(), auth);
        System.out.println("Kafka broker starting: bootstrap servers " + config.bootstrapServers()
                + ", data in " + config.dataDir());
        System.out.println("export KAFKA_BOOTSTRAP_SERVERS=" + config.bootstrapServers());
        if (auth) {
            Thread users = new Thread(() -> createPipelineUser(config), "create-pipeline-user");
            users.setDaemon(true);
            users.start();
        }
        BrokerMain.run(config);
        return 0;
    }

    /** Once the broker serves: the pipeline's user and its ACLs, made once per data folder. */
    private static void createPipelineUser(BrokerConfig config) {
        Path file = config.dataDir().resolve(PIPELINE_USER + "-client.properties");
        try {
            Properties admin = config.clientProperties();
            if (!Files.exists(file)) {
                KafkaBroker.awaitServing(admin, java.time.Duration.ofSeconds(120), () -> null, "see the output above");
                List<AclBinding> acls = new ArrayList<>();
                String principal = "User:" + PIPELINE_USER;
                acls.addAll(ServiceAcls.enrich(principal, Topics.DEFAULTS, EnrichTopology.APPLICATION_ID));
                acls.addAll(ServiceAcls.aggregate(principal, Topics.DEFAULTS, AggregateTopology.APPLICATION_ID));
                acls.addAll(ServiceAcls.ingest(principal, Topics.DEFAULTS));
                acls.addAll(ServiceAcls.view(principal, Topics.DEFAULTS));
                BrokerConfig.writePrivate(file, ScramUsers.create(admin, PIPELINE_USER, acls),
                        "user " + PIPELINE_USER + ": the ACLs of enrich, aggregate, ingest and view on the default topics");
            }
            System.out.println("Clients log in: run the pipeline with --kafka-config " + file
                    + " (user " + PIPELINE_USER + "); the super user's settings are in " + config.adminClientFile());
        } catch (Exception e) {
            System.err.println("could not create the pipeline's user: " + e.getMessage());
        }
    }
}
