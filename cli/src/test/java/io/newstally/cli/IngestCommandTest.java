package io.newstally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code newstally ingest --dry-run --poll}: only new or changed feed entries are printed again. */
class IngestCommandTest {

    private static String feed(String dutchFigure) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Example Wire</title>
                <item><title>Pentagon: at least 3,000</title><link>https://wire.example.test/a</link>
                <description>The Pentagon said at least 3,000 North Korean soldiers were in Russia.</description></item>
                <item><title>Dutch: %s in Kursk</title><link>https://wire.example.test/b</link>
                <description>The Dutch defence ministry said about %s North Korean soldiers were in Kursk.</description></item>
                </channel></rss>
                """.formatted(dutchFigure, dutchFigure);
    }

    @Test
    void pollingPublishesOnlyNewOrChangedEntries() throws Exception {
        AtomicReference<String> current = new AtomicReference<>(feed("1,500"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rss", exchange -> {
            byte[] body = current.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        StringWriter out = new StringWriter();
        CommandLine cmd = Newstally.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
        Thread ingest = new Thread(() -> cmd.execute("ingest", "--dry-run", "--no-progress", "--poll", "1s", url));
        try {
            ingest.start();
            awaitLines(out, 2);
            Thread.sleep(1500); // one more poll of the same feed: nothing new
            assertThat(out.toString().lines()).hasSize(2);

            current.set(feed("2,500"));
            awaitLines(out, 3);
            assertThat(out.toString().lines().toList().get(2)).contains("about 2,500 North Korean soldiers");
        } finally {
            ingest.interrupt();
            ingest.join(10_000);
            server.stop(0);
        }
    }

    private static void awaitLines(StringWriter out, int lines) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (out.toString().lines().count() < lines && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(out.toString().lines()).hasSizeGreaterThanOrEqualTo(lines);
    }
}
