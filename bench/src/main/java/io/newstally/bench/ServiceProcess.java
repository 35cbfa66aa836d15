package io.newstally.bench;

import io.newstally.broker.ChildProcesses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A newstally service in a JVM of its own, as a user runs it: the benchmark measures each one's
 * heap and CPU time apart, and stops it with SIGTERM, the clean shutdown.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path resources;
    private final Path log;
    private volatile boolean killed;

    private ServiceProcess(String name, Process process, Path resources, Path log) {
        this.name = name;
        this.process = process;
        this.resources = resources;
        this.log = log;
    }

    /**
     * Starts {@code newstally ARGS...} with this JVM's class path; its output goes to {@code dir/NAME.log}.
     * JVM options in {@code NEWSTALLY_JAVA_OPTS} apply to it too, {@code {name}} replaced by its
     * name, so that each service can write a profile of its own.
     */
    public static ServiceProcess start(String name, Path dir, List<String> args) throws IOException {
        Files.createDirectories(dir);
        Path resources = dir.resolve(name + ".resources.json");
        Path log = dir.resolve(name + ".log");
        Files.deleteIfExists(resources);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv("NEWSTALLY_JAVA_OPTS");
        if (opts != null && !opts.isBlank()) {
            cmd.addAll(List.of(opts.replace("{name}", name).trim().split("\\s+")));
        }
        cmd.add("-D" + ResourceUsage.FILE_PROPERTY + "=" + resources);
        cmd.add("-Dnewstally.home=" + System.getProperty("newstally.home", "."));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("io.newstally.cli.Newstally");
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServiceProcess service = new ServiceProcess(name, p, resources, log);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, name + "-stop"));
        return service;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Whether {@link #kill} ended it. */
    public boolean wasKilled() {
        return killed;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: the service gets no chance to commit or close, as when its machine dies. */
    public void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the peak heap and CPU seconds the service wrote as it exited (null if it wrote none). */
    public ResourceUsage stop() throws IOException {
        close();
        return ResourceUsage.read(resources);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        ChildProcesses.stop(process, Duration.ofSeconds(60));
    }
}
