package io.newstally.launcher;

/** Starts a service, closes it on Ctrl-C / SIGTERM, and waits. */
final class Services {

    private Services() {
    }

    static int runUntilStopped(StreamsService service, String name) throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, name + "-shutdown"));
        service.start();
        System.out.println(name + " running; Ctrl-C stops it");
        service.awaitStop();
        return service.streams().state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }
}
