package io.newstally.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What newstally's two small read-only HTTP servers on the JDK's {@code HttpServer} share
 * (the services' health and metrics, the live page): how they answer, and their threads.
 */
public final class SmallHttp {

    private SmallHttp() {
    }

    /**
     * Answers {@code GET} (and {@code HEAD}, without the body) with {@code body}, never cached;
     * any other method gets 405. Closes the exchange.
     */
    public static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Daemon threads named {@code name}: one, or as many as open connections need ({@code cached}). */
    public static ExecutorService daemonThreads(String name, boolean cached) {
        java.util.concurrent.ThreadFactory factory = r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
        return cached ? Executors.newCachedThreadPool(factory) : Executors.newSingleThreadExecutor(factory);
    }
}
