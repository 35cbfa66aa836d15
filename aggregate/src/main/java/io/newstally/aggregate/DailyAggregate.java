package io.newstally.aggregate;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceArticle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Contribution changes keyed by source → the source's estimate per day of publication (UTC):
 * tumbling event-time windows with a grace period, as Kafka Streams' windowed aggregation has
 * them. Event time is the latest publication (or, undated, ingest) time seen; a change whose day
 * ended more than the grace before it is dropped, so a closed day is final, and its state is
 * deleted once published. The old contribution leaves the day it was counted in, the new one
 * joins its own day.
 */
final class DailyAggregate extends PublishingProcessor<String, ContributionChanges.Change, DailySourceEstimate> {

    static final String STORE = "by-source-daily-state";

    private static final byte CLOSING = 3;
    private static final Bytes STREAM_TIME = Bytes.wrap(new byte[] {4});
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final long graceMs;
    private EstimateState state;
    private long streamTime = Long.MIN_VALUE;
    /** The earliest time a day closes among those with state, so that purging looks only when one has. */
    private long nextClosing = Long.MIN_VALUE;

    DailyAggregate(Duration grace, Duration publishEvery) {
        super("by-source-daily", STORE, publishEvery);
        this.graceMs = grace.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, DailySourceEstimate> context) {
        super.init(context);
        state = new EstimateState(store);
        // processors are initialised once their stores are restored: this is the restored stream time
        streamTime = store.get(STREAM_TIME) == null ? Long.MIN_VALUE : store.getLong(STREAM_TIME);
        nextClosing = Long.MIN_VALUE;
    }

    @Override
    void apply(Record<String, ContributionChanges.Change> record) {
        var change = record.value();
        long before = streamTime;
        // one delta after the other, each moving stream time first, as two windowed records would
        apply(record.key(), change.before(), false, record.timestamp());
        apply(record.key(), change.after(), true, record.timestamp());
        if (streamTime != before) {
            store.putLong(STREAM_TIME, streamTime);
        }
    }

    private void apply(String source, SourceArticle c, boolean add, long timestamp) {
        if (c == null || c.eventTime() == null) {
            return;
        }
        long t = c.eventTime().toEpochMilli();
        streamTime = Math.max(streamTime, t);
        long dayStart = Math.floorDiv(t, DAY) * DAY;
        long closesAt = dayStart + DAY + graceMs;
        if (closesAt <= streamTime) {
            return; // the day's window has closed: it is final
        }
        String group = group(source, dayStart);
        if (add) {
            state.add(group, c);
            Bytes closing = StoreKeys.of(CLOSING).putLong(closesAt).put(StoreKeys.utf8(group)).bytes();
            if (store.get(closing) == null) { // a lookup is cheaper than a changelog record
                store.put(closing, new byte[0]);
            }
            nextClosing = Math.min(nextClosing, closesAt);
        } else {
            state.retract(group, c);
        }
        changed(group, timestamp);
    }

    private static String group(String source, long dayStart) {
        return source + "|" + LocalDate.ofInstant(Instant.ofEpochMilli(dayStart), ZoneOffset.UTC);
    }

    @Override
    KeyValue<String, DailySourceEstimate> publication(String group) {
        int bar = group.lastIndexOf('|');
        String source = group.substring(0, bar);
        Map<Kind, KindEstimate> kinds = state.estimate(group);
        return KeyValue.pair(group, kinds.isEmpty() ? null
                : new DailySourceEstimate(source, LocalDate.parse(group.substring(bar + 1)), kinds));
    }

    /** Days whose window has closed are published and final: their state is no longer needed. */
    @Override
    void afterPublishing() {
        if (nextClosing > streamTime) {
            return;
        }
        Bytes prefix = Bytes.wrap(new byte[] {CLOSING});
        while (true) {
            var next = store.first(prefix);
            if (next == null) {
                nextClosing = Long.MAX_VALUE;
                return;
            }
            byte[] k = next.key.get();
            long closesAt = StoreKeys.readLong(k, 1);
            if (closesAt > streamTime) {
                nextClosing = closesAt;
                return;
            }
            state.deleteGroup(new String(k, 9, k.length - 9, java.nio.charset.StandardCharsets.UTF_8));
            store.delete(next.key);
        }
    }
}
