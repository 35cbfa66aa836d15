package io.newstally.broker;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The JVMs newstally starts as children (the broker, the bench's services): how they are stopped. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** SIGTERM, the clean shutdown; SIGKILL if it takes longer than {@code grace}. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
