package io.newstally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @Test
    void filesThatAppearOrChangeAreHandedOverAndOthersAreNot(@TempDir Path dir) throws Exception {
        LinkedBlockingQueue<List<Path>> batches = new LinkedBlockingQueue<>();
        try (FolderWatcher watcher = new FolderWatcher(dir)) {
            Thread t = new Thread(() -> {
                try {
                    watcher.run(batches::add);
                } catch (Exception stopped) {
                    // closed by the test
                }
            });
            t.start();
            Files.writeString(dir.resolve("image.png"), "not an article");
            Files.writeString(dir.resolve("new.txt"), "Title\nBody.");
            // the JDK's polling watcher (no inotify) may take up to 10 s to notice
            List<Path> first = batches.poll(30, TimeUnit.SECONDS);
            assertThat(first).containsExactly(dir.resolve("new.txt"));

            Path sub = Files.createDirectory(dir.resolve("later"));
            Files.writeString(sub.resolve("page.html"), "<p>x</p>");
            List<Path> second = batches.poll(30, TimeUnit.SECONDS);
            assertThat(second).contains(sub.resolve("page.html"));
        }
    }
}
