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
 * The live page and the JSON API behind it, on the JDK's HTTP server:
 * <ul>
 *   <li>{@code /api/story}: the story the pipeline follows, {@code {"title": ...}} (null when not given);
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

    private final DashboardData data;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final Thread notifier;

    private DashboardServer(DashboardData data, HttpServer server, ExecutorService executor) {
        this.data = data;
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
        DashboardData data = new DashboardData(client, topics);
        HttpServer server = HttpServer.create(address, 0);
        // each open page holds one connection for its events: a thread each
        ExecutorService executor = SmallHttp.daemonThreads("dashboard-http", true);
        server.setExecutor(executor);
        DashboardServer d = new DashboardServer(data, server, executor);
        server.createContext("/api/estimates", d::estimates);
        server.createContext("/api/timeline", ex -> d.json(ex, 200, data.timeline()));
        server.createContext("/api/range", ex -> d.json(ex, 200, data.ranges));
        server.createContext("/api/claims", d::claims);
        server.createContext("/api/events", d::events);
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", storyTitle);
        server.createContext("/api/story", ex -> d.json(ex, 200, story));
        server.createContext("/", d::file);
        data.start();
        d.notifier.start();
        server.start();
        return d;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void estimates(HttpExchange ex) throws IOException {
        String rest = ex.getRequestURI().getPath().substring("/api/estimates".length());
        if (rest.isEmpty() || rest.equals("/")) {
            json(ex, 200, data.bySource);
            return;
        }
        String source = URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8);
        var estimate = data.bySource.get(source);
        if (estimate == null) {
            json(ex, 404, Map.of("error", "no estimate for source " + source));
        } else {
            json(ex, 200, estimate);
        }
    }

    private void claims(HttpExchange ex) throws IOException {
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
        json(ex, 200, data.claims(q.get("source"), kind, limit));
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(update(data.version()));
        out.flush();
        listeners.add(out);
        // the exchange stays open: the notifier writes to it until the page goes away
    }

    /** Tells every open page of a change; a comment every 15 s keeps idle connections open through proxies. */
    private void notifyListeners() {
        long notified = -1;
        long lastWrite = System.nanoTime();
        while (true) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
            long v = data.version();
            boolean changed = v != notified;
            if (!changed && System.nanoTime() - lastWrite < 15_000_000_000L) {
                continue;
            }
            notified = v;
            lastWrite = System.nanoTime();
            byte[] message = changed ? update(v) : ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);
            for (OutputStream out : listeners) {
                try {
                    out.write(message);
                    out.flush();
                } catch (IOException gone) {
                    listeners.remove(out);
                    try {
                        out.close();
                    } catch (IOException ignored) {
                        // the page closed it first
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
        data.close();
    }
}
