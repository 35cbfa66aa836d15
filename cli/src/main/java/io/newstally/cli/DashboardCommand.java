package io.newstally.cli;

import io.newstally.contracts.Topics;
import io.newstally.dashboard.DashboardServer;
import io.newstally.enrich.story.StoryFile;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--story", paramLabel = "[NAME=]FILE",
            description = {"The story the pipeline follows, whose title the page shows. Repeat it to show several stories side",
                "by side, one per page with links between them: NAME=FILE reads that story's topics under the prefix NAME",
                "(as its services ran with --topic-prefix NAME); a bare FILE reads this command's topics"})
    List<String> stories = new ArrayList<>();

    @Option(names = "--port", description = "Port of the page; 0 picks a free one (default: ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    /** A story's name in the page's links: its topic prefix, else the dashboard's default name. */
    private static String name(Properties client) {
        String prefix = Topics.prefix(client);
        return prefix.isEmpty() ? DashboardServer.DEFAULT_STORY : prefix.substring(0, prefix.length() - 1);
    }

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        List<DashboardServer.Story> served = new ArrayList<>();
        if (stories.isEmpty()) {
            served.add(new DashboardServer.Story(name(client), null, Topics.from(client)));
        }
        for (String arg : stories) {
            int eq = arg.indexOf('=');
            Properties own = client;
            String name = name(client);
            if (eq > 0) {
                own = new Properties();
                own.putAll(client);
                own.put(Topics.PREFIX_PROPERTY, arg.substring(0, eq));
                name = arg.substring(0, eq);
            }
            Path file = Path.of(eq > 0 ? arg.substring(eq + 1) : arg);
            served.add(new DashboardServer.Story(name, StoryFile.read(file).title(), Topics.from(own)));
        }
        DashboardServer server = DashboardServer.start(client, served, new InetSocketAddress(host, port));
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
