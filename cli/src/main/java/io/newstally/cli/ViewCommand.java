package io.newstally.cli;

import io.newstally.contracts.LatestPerKey;
import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.Json;
import io.newstally.contracts.JsonSerde;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A downstream consumer of an aggregate topic, and the example of one: it reads the compacted
 * topic from the beginning (committed records only), keeps the latest value per key, drops a
 * key on a tombstone, and shows the result as a table or as JSON lines, live.
 */
@Command(name = "view", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show an aggregate topic as a live table (or JSON lines), as a downstream service reads it.",
            "Ctrl-C stops it."})
final class ViewCommand implements Callable<Integer> {

    enum Aggregate { BY_SOURCE, BY_OUTLET, DAILY, RANGE }

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--topic", paramLabel = "AGGREGATE", defaultValue = "by-source",
            converter = AggregateConverter.class,
            description = "by-source, by-outlet, daily or range (or the topic's name) (default: ${DEFAULT-VALUE})")
    Aggregate aggregate;

    @Option(names = "--json", description = "Print each record as a JSON line {\"key\", \"value\"} (value null: the key was deleted)")
    boolean json;

    @Option(names = "--once", description = "Print what the topic holds now and exit, instead of following it")
    boolean once;

    @Override
    public Integer call() throws Exception {
        Properties client = kafka.clientProperties();
        Topics topics = Topics.from(client);
        String topic = switch (aggregate) {
            case BY_SOURCE -> topics.bySource();
            case BY_OUTLET -> topics.byOutlet();
            case DAILY -> topics.bySourceDaily();
            case RANGE -> topics.range();
        };
        Function<Map<String, byte[]>, String> table = switch (aggregate) {
            case BY_SOURCE -> state -> EstimatesTable.render(values(state, SourceEstimate.class, topic));
            case BY_OUTLET -> state -> AggregateTables.outlets(values(state, OutletEstimate.class, topic));
            case DAILY -> state -> AggregateTables.daily(values(state, DailySourceEstimate.class, topic));
            case RANGE -> state -> AggregateTables.ranges(values(state, EstimateRange.class, topic));
        };
        LatestPerKey reader;
        try {
            reader = new LatestPerKey(client, "newstally-view", List.of(topic));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        try (reader) {
            // following: Ctrl-C wakes the consumer up, so that it closes cleanly
            if (!once) {
                Runtime.getRuntime().addShutdownHook(new Thread(reader::wakeup, "view-shutdown"));
            }
            return view(reader, topic, table, spec.commandLine().getOut());
        }
    }

    private int view(LatestPerKey reader, String topic, Function<Map<String, byte[]>, String> table, PrintWriter out) {
        boolean printed = false;
        boolean terminal = System.console() != null;
        try {
            while (true) {
                List<ConsumerRecord<String, byte[]>> read = reader.poll(Duration.ofMillis(500));
                if (json) {
                    read.forEach(r -> out.println(jsonLine(r)));
                }
                // print the current state once caught up (even when the topic is empty), then on each change
                if (reader.caughtUp() && (!printed || !read.isEmpty()) && !json) {
                    out.print((terminal && !once ? "\033[H\033[2J" : "") + (once ? "" : Instant.now() + "  " + topic + "\n")
                            + table.apply(reader.state(topic)) + (once ? "" : "\n"));
                    out.flush();
                    printed = true;
                }
                if (reader.caughtUp() && once) {
                    return 0;
                }
            }
        } catch (WakeupException stopped) {
            return 0;
        }
    }

    private static String jsonLine(ConsumerRecord<String, byte[]> r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", r.key());
        try {
            line.put("value", r.value() == null ? null : Json.MAPPER.readTree(r.value()));
        } catch (java.io.IOException e) {
            line.put("value", new String(r.value(), StandardCharsets.UTF_8));
        }
        return Json.write(line);
    }

    private static <T> List<T> values(Map<String, byte[]> state, Class<T> type, String topic) {
        JsonSerde<T> serde = JsonSerde.of(type);
        return state.values().stream().map(v -> serde.deserialize(topic, v)).toList();
    }

    /** "by-source", "daily", or a topic name such as news.estimates.by-outlet. */
    static final class AggregateConverter implements picocli.CommandLine.ITypeConverter<Aggregate> {
        @Override
        public Aggregate convert(String value) {
            String v = value.toLowerCase(java.util.Locale.ROOT);
            if (v.endsWith("daily")) {
                return Aggregate.DAILY;
            } else if (v.endsWith("by-outlet")) {
                return Aggregate.BY_OUTLET;
            } else if (v.endsWith("by-source")) {
                return Aggregate.BY_SOURCE;
            } else if (v.endsWith("range")) {
                return Aggregate.RANGE;
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "': expected by-source, by-outlet, daily or range");
        }
    }
}
