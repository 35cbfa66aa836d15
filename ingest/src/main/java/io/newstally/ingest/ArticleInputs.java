package io.newstally.ingest;

import io.newstally.ingest.formats.FeedArticles;
import io.newstally.ingest.formats.HtmlArticles;
import io.newstally.ingest.formats.JsonArticles;
import io.newstally.ingest.formats.TextArticles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line (files, folders read recursively, feed or page
 * URLs, {@code -} for standard input) into article drafts. The format follows the file
 * extension, or the content for standard input, URLs and unknown extensions. Every input
 * ends as drafts or as rejections with a reason: nothing is skipped silently, except files
 * inside a folder whose type is not an article's (a folder may hold images).
 */
public final class ArticleInputs {

    /** Default largest article body accepted, in UTF-8 bytes: the raw topic's limit too. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    /** One thing to read: a file, a URL, or standard input. */
    public record Input(String name, Path file, URI url) {
        public static Input of(Path file) {
            return new Input(file.toString(), file, null);
        }

        static Input stdin() {
            return new Input("-", null, null);
        }
    }

    private enum Format { TEXT, JSON, JSON_LINES, HTML, FEED }

    private final int maxBytes;
    private final InputStream stdin;
    /** Made on the first URL only: a client starts a selector thread that files never need. */
    private HttpClient http;

    public ArticleInputs(int maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build();
        }
        return http;
    }

    public record Result(List<ArticleDraft> drafts, List<InputRejected> rejected) {
    }

    /** Everything the arguments hold, read at once (for offline extraction and the demo). */
    public Result readAll(List<String> args) {
        List<ArticleDraft> drafts = new ArrayList<>();
        List<InputRejected> rejected = new ArrayList<>();
        for (Input input : expand(args, rejected::add)) {
            read(input, drafts::add, rejected::add);
        }
        return new Result(drafts, rejected);
    }

    /** The inputs behind the arguments: folders become their article files, in name order. */
    public List<Input> expand(List<String> args, Consumer<InputRejected> bad) {
        List<Input> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                out.add(Input.stdin());
            } else if (arg.startsWith("http://") || arg.startsWith("https://")) {
                out.add(new Input(arg, null, URI.create(arg)));
            } else {
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted()
                                .forEach(f -> out.add(Input.of(f)));
                    } catch (IOException | UncheckedIOException e) {
                        bad.accept(new InputRejected(arg, "cannot list folder: " + e.getMessage()));
                    }
                } else if (!Files.exists(path)) {
                    bad.accept(new InputRejected(arg, "no such file or folder"));
                } else {
                    out.add(Input.of(path));
                }
            }
        }
        return out;
    }

    /** Reads one input: each article it holds goes to {@code ok}, each problem to {@code bad}. */
    public void read(Input input, Consumer<ArticleDraft> ok, Consumer<InputRejected> bad) {
        try {
            byte[] bytes = bytes(input);
            String text = decodeUtf8(bytes);
            Format format = input.file() != null ? formatOf(input.file(), text) : sniff(text);
            Consumer<ArticleDraft> checked = d -> {
                int size = d.body().getBytes(StandardCharsets.UTF_8).length;
                if (size > maxBytes) {
                    bad.accept(new InputRejected(d.origin(), "body too large: " + size + " bytes, limit " + maxBytes));
                } else {
                    ok.accept(d);
                }
            };
            switch (format) {
                case TEXT -> checked.accept(TextArticles.parse(text, input.name()));
                case JSON -> JsonArticles.parseDocument(text, input.name(), checked, bad);
                case JSON_LINES -> JsonArticles.parseLines(text, input.name(), checked, bad);
                case HTML -> checked.accept(HtmlArticles.parse(text, input.name()));
                case FEED -> FeedArticles.parse(bytes, input.name(), checked, bad);
                default -> throw new IllegalStateException(format.toString());
            }
        } catch (CharacterCodingException e) {
            bad.accept(new InputRejected(input.name(), "not valid UTF-8"));
        } catch (IOException e) {
            bad.accept(new InputRejected(input.name(), "cannot read: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bad.accept(new InputRejected(input.name(), "interrupted while downloading"));
        } catch (InputRejected e) {
            bad.accept(e);
        }
    }

    private byte[] bytes(Input input) throws IOException, InterruptedException {
        if (input.file() != null) {
            return Files.readAllBytes(input.file());
        }
        if (input.url() != null) {
            HttpRequest request = HttpRequest.newBuilder(input.url()).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", "newstally (+https://github.com/newstally)").GET().build();
            HttpResponse<byte[]> response = http().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode());
            }
            return response.body();
        }
        return stdin.readAllBytes();
    }

    /** The article files a folder may hold. */
    public static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        return Stream.of(".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xml", ".rss", ".atom")
                .anyMatch(name::endsWith);
    }

    private static Format formatOf(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Format.TEXT;
        } else if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON_LINES;
        } else if (name.endsWith(".json")) {
            return Format.JSON;
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Format.HTML;
        } else if (name.endsWith(".rss") || name.endsWith(".atom")) {
            return Format.FEED;
        }
        return sniff(text);
    }

    /** For standard input, URLs and unknown extensions: what the first characters say. */
    static Format sniff(String text) {
        String head = text.stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("{")) {
            // JSON lines: several lines, each a whole object; a pretty-printed object spans lines
            List<String> first = text.lines().filter(l -> !l.isBlank()).map(String::strip).limit(3).toList();
            return first.size() > 1 && first.get(0).endsWith("}") && first.stream().allMatch(l -> l.startsWith("{"))
                    ? Format.JSON_LINES : Format.JSON;
        }
        if (head.startsWith("[")) {
            return Format.JSON;
        }
        if (head.startsWith("<")) {
            return FeedArticles.looksLikeFeed(head.substring(0, Math.min(head.length(), 2000))) ? Format.FEED : Format.HTML;
        }
        return Format.TEXT;
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
