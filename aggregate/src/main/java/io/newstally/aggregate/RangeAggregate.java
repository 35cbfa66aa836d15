package io.newstally.aggregate;

import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.Kind;
import io.newstally.contracts.SourceEstimate;
import io.newstally.contracts.SourceFigure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sources' latest figures → the range of estimates per kind ({@link EstimateRange}). Fed by
 * every by-source publication, repartitioned to one key so that one task sees every source: its
 * store holds one small entry per source (its latest figure of each kind) and the range last
 * published per kind. Sources that changed mark a recomputation as due; at most once per
 * publication interval it recomputes the three ranges from those entries (a scan of as many
 * entries as there are sources, not articles) and publishes the ones that changed; a kind no
 * source gives any more is a tombstone. A change reaches the range topic one interval after it
 * reached the by-source topic at most (the two publish on the same clock, by-source first). The
 * by-source estimates are exact under corrections and deletions, and the range is a pure function
 * of them, so it is exact too.
 */
final class RangeAggregate implements Processor<String, RangeAggregate.SourceFigures, String, EstimateRange> {

    static final String SOURCES_STORE = "range-sources";
    static final String PUBLISHED_STORE = "range-published";
    /** The one key every source's figures are repartitioned to. */
    static final String ALL = "all";
    /** The entry that marks a recomputation as due (no source id is empty); its timestamp is the latest change's. */
    private static final String PENDING = "";

    /**
     * One source's latest figure of each kind, as the range needs it; no figures: the source has
     * none left. Its size is bounded by the three kinds.
     */
    record SourceFigures(String source, Map<Kind, SourceFigure> figures, long latestTimestamp) {

        static SourceFigures of(String source, SourceEstimate e) {
            Map<Kind, SourceFigure> figures = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                SourceFigure f = SourceFigure.latestOf(e, k);
                if (f != null) {
                    figures.put(k, f);
                }
            }
            return new SourceFigures(source, figures, 0);
        }
    }

    private final Duration window;
    private final Duration publishEvery;
    private ProcessorContext<String, EstimateRange> context;
    private KeyValueStore<String, SourceFigures> sources;
    private KeyValueStore<String, EstimateRange> published;

    /**
     * @param publishEvery how often the ranges are recomputed when sources changed; zero: after
     *                     every record (every update then rescans the sources: O(sources) each)
     */
    RangeAggregate(Duration window, Duration publishEvery) {
        this.window = window;
        this.publishEvery = publishEvery;
    }

    @Override
    public void init(ProcessorContext<String, EstimateRange> context) {
        this.context = context;
        this.sources = context.getStateStore(SOURCES_STORE);
        this.published = context.getStateStore(PUBLISHED_STORE);
        if (!publishEvery.isZero()) {
            context.schedule(publishEvery, PunctuationType.WALL_CLOCK_TIME, now -> {
                SourceFigures pending = sources.get(PENDING);
                if (pending != null) {
                    publish(pending.latestTimestamp());
                }
            });
        }
    }

    @Override
    public void process(Record<String, SourceFigures> record) {
        SourceFigures update = record.value();
        if (update == null || update.source() == null || update.source().equals(PENDING)) {
            return;
        }
        if (update.figures().isEmpty()) {
            sources.delete(update.source());
        } else {
            sources.put(update.source(), update);
        }
        if (publishEvery.isZero()) {
            publish(record.timestamp());
        } else {
            // the mark that a recomputation is due is an entry of the same store, written in the same
            // transaction as the change: a crash between the two loses nothing
            SourceFigures pending = sources.get(PENDING);
            if (pending == null || record.timestamp() > pending.latestTimestamp()) {
                sources.put(PENDING, new SourceFigures(PENDING, Map.of(), Math.max(0, record.timestamp())));
            }
        }
    }

    /** Recomputes the three ranges from every source's entry and publishes those that changed. */
    private void publish(long timestamp) {
        sources.delete(PENDING);
        Map<Kind, List<SourceFigure>> latest = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            latest.put(k, new ArrayList<>());
        }
        try (KeyValueIterator<String, SourceFigures> it = sources.all()) {
            while (it.hasNext()) {
                SourceFigures s = it.next().value;
                for (Kind k : Kind.values()) {
                    SourceFigure f = s.figures().get(k);
                    if (f != null) {
                        latest.get(k).add(f);
                    }
                }
            }
        }
        for (Kind k : Kind.values()) {
            EstimateRange range = EstimateRange.of(k, latest.get(k), window);
            EstimateRange before = published.get(k.wire());
            if (!Objects.equals(range, before)) {
                if (range == null) {
                    published.delete(k.wire());
                } else {
                    published.put(k.wire(), range);
                }
                context.forward(new Record<>(k.wire(), range, timestamp));
            }
        }
    }
}
