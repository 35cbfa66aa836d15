package io.newstally.launcher;

import io.newstally.launcher.broker.BrokerConfig;
import io.newstally.launcher.broker.BrokerMain;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

    @Override
    public Integer call() throws Exception {
        BrokerConfig config = new BrokerConfig(port == 0 ? BrokerConfig.freePort() : port, controllerPort != null ? controllerPort : BrokerConfig.freePort(),
                data.toAbsolutePath());
        System.out.println("Kafka broker starting: bootstrap servers " + config.bootstrapServers()
                + ", data in " + config.dataDir());
        System.out.println("export KAFKA_BOOTSTRAP_SERVERS=" + config.bootstrapServers());
        BrokerMain.run(config);
        return 0;
    }
}
