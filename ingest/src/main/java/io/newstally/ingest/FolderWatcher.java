package io.newstally.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a folder tree and hands over article files as they appear or change, once each
 * burst of writes has settled (an editor or a download writes a file in several steps).
 */
public final class FolderWatcher implements AutoCloseable {

    private static final long SETTLE_MILLIS = 300;

    private final WatchService watcher;

    public FolderWatcher(Path root) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        register(root);
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Blocks, handing over each settled batch of changed files, until interrupted or closed. */
    public void run(Consumer<List<Path>> changed) throws IOException, InterruptedException {
        Set<Path> pending = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = pending.isEmpty() ? watcher.take() : watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                if (key == null) {
                    changed.accept(List.copyOf(pending));
                    pending.clear();
                    continue;
                }
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        continue;
                    }
                    Path path = dir.resolve((Path) event.context());
                    if (Files.isDirectory(path)) {
                        register(path);
                        try (Stream<Path> files = Files.walk(path)) {
                            files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).forEach(pending::add);
                        }
                    } else if (ArticleInputs.isArticleFile(path) && Files.isRegularFile(path)) {
                        pending.add(path);
                    }
                }
                key.reset();
            }
        } catch (ClosedWatchServiceException closed) {
            // close() was called: stop quietly
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
