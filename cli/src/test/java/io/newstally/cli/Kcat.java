package io.newstally.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's kcat, run as a separate process: an outside Kafka client for the end-to-end tests. */
final class Kcat {

    private final String bootstrapServers;

    Kcat(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "kcat"))) {
                return true;
            }
        }
        return false;
    }

    /** Produces {@code key|value} lines. */
    void produce(String topic, List<String> keyedLines) throws IOException, InterruptedException {
        run(List.of("kcat", "-b", bootstrapServers, "-t", topic, "-P", "-K", "|"), String.join("\n", keyedLines) + "\n");
    }

    /** A null value for the key: with -Z, kcat sends an empty value as null. */
    void tombstone(String topic, String key) throws IOException, InterruptedException {
        run(List.of("kcat", "-b", bootstrapServers, "-t", topic, "-P", "-K", "|", "-Z"), key + "|\n");
    }

    /** Reads the topic from the beginning to its end (committed records only), formatted by -f. */
    List<String> consume(String topic, int atLeast, String format) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<String> lines;
        do {
            lines = run(List.of("kcat", "-b", bootstrapServers, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
                    "-X", "isolation.level=read_committed", "-f", format + "\n"), null);
        } while (lines.size() < atLeast && System.nanoTime() < deadline);
        return lines;
    }

    private static List<String> run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        List<String> out = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed with status " + (p.isAlive() ? "timeout" : p.exitValue()));
        }
        return out;
    }
}
