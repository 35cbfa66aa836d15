package io.newstally.dashboard;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newstally.contracts.Json;
import io.newstally.contracts.Kind;
import io.newstally.contracts.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;

/**
 * The live page and the JSON API behind it, on the JDK's HTTP server, for one story or several
 * side by side (each read from its own topics; every path below takes {@code ?story=NAME}, the
 * first story when it is left out, 404 for a name it does not serve):
 * <ul>
 *   <li>{@code /api/stories}: the stories served, {@code [{"name": ..., "title": ...}]}, in order;
 *   <li>{@code /api/story}: the story the page shows, {@code {"name": ..., "title": ...}} (title null when not given);
 *   <li>{@code /api/estimates}: every source's estimate (the by-source topic), by source;
 *   <li>{@code /api/estimates/{source}}: one source's, or 404;
 *   <li>{@code /api/timeline}: each source's daily estimates, in day order;
 *   <li>{@code /api/range}: the range of the sources' latest estimates (the range topic), by kind;
 *   <li>{@code /api/claims?source=&kind=&limit=}: the claims behind the figures, the latest first,
 *       with outlet, date, link and evidence sentence;
 *   <li>{@code /api/events}: server-sent events, one {@code update} with the data's version
 *       whenever the topics change (at most every 250 ms), so that a page reloads what it shows;
 *   <li>{@code /}: the page (HTML, script, style and the bundled Chart.js, from the jar).
 * </ul>
 */
public final class DashboardServer implements AutoCloseable {

    private static final String WEB = "/io/newstally/dashboard/web/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml");
    private static final int MAX_CLAIMS = 500;

    private final Map<String, Served> stories;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Thread notifier;

    /** The name of a story read from unprefixed topics. */
    public static final String DEFAULT_STORY = "main";

    /** A story the server shows: its name in URLs, its title, and what is read of its topics. */
    public record Story(String name, String title, Topics topics) {
    }

    /** One story's data and the pages listening for its changes. */
    private record Served(Story story, DashboardData data, List<OutputStream> listeners, long[] notified) {
    }

    private DashboardServer(Map<String, Served> stories, HttpServer server, ExecutorService executor) {
        this.stories = stories;
        this.server = server;
        this.executor = executor;
        this.notifier = new Thread(this::notifyListeners, "dashboard-events");
        notifier.setDaemon(true);
    }

    /** Reads the topics of {@code client} and serves the page at {@code address} (port 0: a free one). */
    public static DashboardServer start(Properties client, Topics topics, InetSocketAddress address) throws IOException {
        return start(client, topics, address, null);
    }

    /** The same, for the story titled {@code storyTitle} (null: none given), which the page shows. */
    public static DashboardServer start(Properties client, Topics topics, InetSocketAddress address, String storyTitle)
            throws IOException {
        return start(client, List.of(new Story(DEFAULT_STORY, storyTitle, topics)), address);
    }

    /** Serves each story from its own topics, one story per page, the first by default. */
    public static DashboardServer start(Properties client, List<Story> stories, InetSocketAddress address) throws IOException {
        if (stories.isEmpty()) {
            throw new IllegalArgumentException("no story to serve");
        }
        Map<String, Served> served = new LinkedHashMap<>();
        try {
            for (Story story : stories) {
                if (served.containsKey(story.name())) {
                    throw new IllegalArgumentException("two stories named " + story.name());
                }
                served.put(story.name(), new Served(story, new DashboardData(client, story.topics()),
                        new CopyOnWriteArrayList<>(), new long[] {-1}));
            }
        } catch (RuntimeException e) {
            for (Served s : served.values()) {
                closeQuietly(s.data());
            }
            throw e;
        }
        HttpServer server = HttpServer.create(address, 0);
        // each open page holds one connection for its events: a thread each
        ExecutorService executor = SmallHttp.daemonThreads("dashboard-http", true);
        server.setExecutor(executor);
        DashboardServer d = new DashboardServer(served, server, executor);
        server.createContext("/api/estimates", d::estimates);
        server.createContext("/api/timeline", ex -> d.withStory(ex, s -> d.json(ex, 200, s.data().timeline())));
        server.createContext("/api/range", ex -> d.withStory(ex, s -> d.json(ex, 200, s.data().ranges)));
        server.createContext("/api/claims", ex -> d.withStory(ex, s -> d.claims(ex, s)));
        server.createContext("/api/events", ex -> d.withStory(ex, s -> d.events(ex, s)));
        server.createContext("/api/story", ex -> d.withStory(ex, s -> d.json(ex, 200, describe(s.story()))));
        server.createContext("/api/stories", ex -> d.json(ex, 200, served.values().stream().map(s -> describe(s.story())).toList()));
        server.createContext("/", d::file);
        served.values().forEach(s -> s.data().start());
        d.notifier.start();
        server.start();
        return d;
    }

    private static Map<String, Object> describe(Story story) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", story.name());
        out.put("title", story.title());
        return out;
    }

    private interface StoryHandler {
        void handle(Served story) throws IOException;
    }

    /** The story that {@code ?story=} names (the first when none), or a 404 naming the stories served. */
    private void withStory(HttpExchange ex, StoryHandler handler) throws IOException {
        String name = query(ex).get("story");
        Served s = name == null || name.isEmpty() ? stories.values().iterator().next() : stories.get(name);
        if (s == null) {
            json(ex, 404, Map.of("error", "no story " + name + "; this dashboard serves " + String.join(", ", stories.keySet())));
            return;
        }
        handler.handle(s);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void estimates(HttpExchange ex) throws IOException {
        withStory(ex, s -> {
            String rest = ex.getRequestURI().getPath().substring("/api/estimates".length());
            if (rest.isEmpty() || rest.equals("/")) {
                json(ex, 200, s.data().bySource);
                return;
            }
            String source = URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8);
            var estimate = s.data().bySource.get(source);
            if (estimate == null) {
                json(ex, 404, Map.of("error", "no estimate for source " + source));
            } else {
                json(ex, 200, estimate);
            }
        });
    }

    private void claims(HttpExchange ex, Served s) throws IOException {
        Map<String, String> q = query(ex);
        Kind kind = null;
        if (q.containsKey("kind")) {
            try {
                kind = Kind.valueOf(q.get("kind").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                json(ex, 400, Map.of("error", "kind is one of deployed, planned, casualties"));
                return;
            }
        }
        int limit = MAX_CLAIMS;
        if (q.containsKey("limit")) {
            try {
                limit = Math.max(1, Math.min(MAX_CLAIMS, Integer.parseInt(q.get("limit"))));
            } catch (NumberFormatException e) {
                json(ex, 400, Map.of("error", "limit is a number"));
                return;
            }
        }
        json(ex, 200, s.data().claims(q.get("source"), kind, limit));
    }

    private void events(HttpExchange ex, Served s) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(update(s.data().version()));
        out.flush();
        s.listeners().add(out);
        // the exchange stays open: the notifier writes to it until the page goes away
    }

    /** Tells every open page of a change of its story; a comment every 15 s keeps idle connections open through proxies. */
    private void notifyListeners() {
        long lastWrite = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
            boolean keepAlive = System.nanoTime() - lastWrite >= 15_000_000_000L;
            if (keepAlive) {
                lastWrite = System.nanoTime();
            }
            for (Served s : stories.values()) {
                long v = s.data().version();
                boolean changed = v != s.notified()[0];
                if (!changed && !keepAlive) {
                    continue;
                }
                s.notified()[0] = v;
                byte[] message = changed ? update(v) : ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
                for (OutputStream out : s.listeners()) {
                    try {
                        out.write(message);
                        out.flush();
                    } catch (IOException gone) {
                        s.listeners().remove(out);
                        try {
                            out.close();
                        } catch (IOException ignored) {
                            // the page closed it first
                        }
                    }
                }
            }
        }
    }

    /** The event that tells a page to reload what it shows. */
    private static byte[] update(long version) {
        return ("event: update\ndata: {\"version\":" + version + "}\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private void file(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (path.equals("/")) {
            path = "/index.html";
        }
        String name = path.substring(1);
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(name.substring(dot + 1));
        InputStream in = name.contains("..") || type == null ? null : DashboardServer.class.getResourceAsStream(WEB + name);
        if (in == null) {
            json(ex, 404, Map.of("error", "not found: " + path));
            return;
        }
        byte[] body;
        try (in) {
            body = in.readAllBytes();
        }
        SmallHttp.respond(ex, 200, type, body);
    }

    private void json(HttpExchange ex, int status, Object value) throws IOException {
        SmallHttp.respond(ex, status, "application/json", Json.MAPPER.writeValueAsBytes(value));
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(0);
        notifier.interrupt();
        executor.shutdownNow();
        for (Served s : stories.values()) {
            s.data().close();
        }
    }

    private static void closeQuietly(DashboardData data) {
        try {
            data.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
