package io.newstally.cli;

import io.newstally.bench.ResourceUsage;
import java.time.Duration;

/** Starts a service, closes it on Ctrl-C / SIGTERM, and waits, reporting dead letters as they happen. */
public final class Services {

    private Services() {
    }

    public static int runUntilStopped(StreamsService service, String name) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            ResourceUsage.writeIfRequested();
        }, name + "-shutdown"));
        service.start();
        System.out.println(name + " running; Ctrl-C stops it");
        long reported = 0;
        while (!service.awaitStop(Duration.ofSeconds(10))) {
            long deadLettered = service.deadLettered();
            if (deadLettered != reported) {
                System.out.println(name + ": " + deadLettered + " record(s) sent to the dead-letter topic since start");
                reported = deadLettered;
            }
        }
        return service.streams().state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }
}
