package io.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newstally.contracts.Article;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

    private final List<Article> sent = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2024-11-01T00:00:00Z"), ZoneOffset.UTC);

    private Ingestion ingestion(String stdin) {
        ArticleInputs inputs = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Ingestion(inputs, sent::addAll, null, null, clock);
    }

    private static List<ArticleInputs.Input> inputs(Ingestion ingestion, ArticleInputs reader, String... args) {
        return reader.expand(List.of(args), ingestion::reject);
    }

    @Test
    void everyInputKindInAFolderIsPublishedAndBadOnesAreCounted() throws Exception {
        Ingestion ingestion = ingestion("");
        ArticleInputs reader = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in);
        ingestion.ingest(inputs(ingestion, reader, Fixtures.path("kursk-page.html").getParent().toString()), (i, t) -> { });

        // 1 page + 2 feed items + 2 good JSONL lines; 2 JSONL lines rejected
        assertThat(ingestion.tally().published()).isEqualTo(5);
        assertThat(ingestion.tally().rejected()).hasSize(2);
        assertThat(sent).extracting(Article::id).doesNotHaveDuplicates().allMatch(id -> id.startsWith("url-"));
    }

    @Test
    void idsAreStableAcrossRunsAndAnUnchangedArticleIsNotSentTwice() throws Exception {
        String feed = Fixtures.path("asia-feed.rss").toString();
        Ingestion first = ingestion("");
        ArticleInputs reader = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in);
        first.ingest(inputs(first, reader, feed), (i, t) -> { });
        List<String> firstIds = sent.stream().map(Article::id).toList();
        first.ingest(inputs(first, reader, feed), (i, t) -> { });

        assertThat(first.tally().published()).isEqualTo(2);
        assertThat(first.tally().unchanged()).isEqualTo(2);

        sent.clear();
        Ingestion second = ingestion("");
        second.ingest(inputs(second, reader, feed), (i, t) -> { });
        assertThat(sent).extracting(Article::id).isEqualTo(firstIds);
    }

    @Test
    void aChangedFeedEntryIsANewVersionOfTheSameArticle(@TempDir Path dir) throws Exception {
        Path feed = dir.resolve("feed.rss");
        Files.writeString(feed, Fixtures.read("asia-feed.rss"));
        Ingestion ingestion = ingestion("");
        ArticleInputs reader = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in);
        ingestion.ingest(inputs(ingestion, reader, feed.toString()), (i, t) -> { });
        Files.writeString(feed, Fixtures.read("asia-feed.rss").replace("about 1,500", "about 3,000"));
        ingestion.ingest(inputs(ingestion, reader, feed.toString()), (i, t) -> { });

        assertThat(ingestion.tally().published()).isEqualTo(3);
        assertThat(ingestion.tally().unchanged()).isEqualTo(1);
        Article before = sent.get(1);
        Article after = sent.get(2);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
        assertThat(after.body()).contains("about 3,000");
    }

    @Test
    void standardInputIsReadInTheFormatItHolds() throws Exception {
        Ingestion ingestion = ingestion("{\"title\": \"T1\", \"body\": \"Kyiv said 11,000.\"}\n{\"title\": \"T2\", \"body\": \"Seoul said 10,000.\"}\n");
        ArticleInputs reader = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES,
                new ByteArrayInputStream("{\"title\": \"T1\", \"body\": \"Kyiv said 11,000.\"}\n{\"title\": \"T2\", \"body\": \"Seoul said 10,000.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Ingestion fromStdin = new Ingestion(reader, sent::addAll, "Example Outlet", Instant.parse("2024-10-20T00:00:00Z"), clock);
        fromStdin.ingest(reader.expand(List.of("-"), fromStdin::reject), (i, t) -> { });

        assertThat(sent).extracting(Article::title).containsExactly("T1", "T2");
        assertThat(sent).allSatisfy(a -> {
            assertThat(a.outlet()).isEqualTo("Example Outlet");
            assertThat(a.publishedAt()).isEqualTo(Instant.parse("2024-10-20T00:00:00Z"));
            assertThat(a.ingestedAt()).isEqualTo(clock.instant());
            assertThat(a.origin()).startsWith("-:");
        });
        assertThat(ingestion.tally().published()).isZero();
    }

    @Test
    void invalidUtf8MissingFilesAndOversizedBodiesAreRejectedWithReasons(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.txt"), new byte[] {'T', '\n', 'b', (byte) 0xE9, 'a'});
        Files.writeString(dir.resolve("big.txt"), "Title\n" + "x".repeat(2000));
        Files.writeString(dir.resolve("notes.pdf"), "ignored inside a folder");
        ArticleInputs reader = new ArticleInputs(1000, System.in);
        Ingestion ingestion = new Ingestion(reader, sent::addAll, null, null, clock);
        ingestion.ingest(reader.expand(List.of(dir.toString(), dir.resolve("missing.txt").toString()), ingestion::reject), (i, t) -> { });

        assertThat(ingestion.tally().rejected()).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
                "no such file or folder", "not valid UTF-8", "body too large: 2000 bytes, limit 1000");
        assertThat(sent).isEmpty();
    }

    @Test
    void feedsAndPagesAreReadFromUrls() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/asia/rss", exchange -> {
            byte[] body = Fixtures.read("asia-feed.rss").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Ingestion ingestion = ingestion("");
            ArticleInputs reader = new ArticleInputs(ArticleInputs.DEFAULT_MAX_BYTES, System.in);
            ingestion.ingest(inputs(ingestion, reader, base + "/asia/rss", base + "/missing"), (i, t) -> { });

            assertThat(sent).extracting(Article::url).containsExactly("https://wire.example.test/asia/pentagon-3000",
                    "https://wire.example.test/asia/dutch-kursk");
            assertThat(ingestion.tally().rejected()).singleElement().satisfies(r -> {
                assertThat(r.input()).isEqualTo(base + "/missing");
                assertThat(r).hasMessage("cannot read: HTTP 404");
            });
        } finally {
            server.stop(0);
        }
    }
}
