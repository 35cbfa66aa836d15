package io.newstally.cli;

import io.newstally.contracts.Topics;
import io.newstally.dashboard.DashboardServer;
import io.newstally.enrich.story.StoryFile;
import java.net.InetSocketAddress;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve the live page of who says how many, and its JSON API, from the aggregate topics.", "Ctrl-C stops it."})
public final class DashboardCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--story", paramLabel = "FILE", description = "The story the pipeline follows, whose title the page shows")
    java.nio.file.Path story;

    @Option(names = "--port", description = "Port of the page; 0 picks a free one (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        DashboardServer server = DashboardServer.start(client, Topics.from(client), new InetSocketAddress(host, port),
                story == null ? null : StoryFile.read(story).title());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "dashboard-shutdown"));
        System.out.println("dashboard on http://" + host + ":" + server.port() + "/ ; Ctrl-C stops it");
        stopped.await();
        return 0;
    }
}
