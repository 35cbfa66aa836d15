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
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sources' latest figures → the range of estimates per kind ({@link EstimateRange}). Fed by
 * every by-source publication, repartitioned to one key so that one task sees every source: its
 * store holds one small entry per source (its latest figure of each kind) and the range last
 * published per kind. A source's update recomputes the three ranges from those entries (a scan
 * of as many entries as there are sources, not articles) and publishes the ones that changed;
 * a kind no source gives any more is a tombstone. The by-source estimates are exact under
 * corrections and deletions, and the range is a pure function of them, so it is exact too.
 */
final class RangeAggregate implements Processor<String, RangeAggregate.SourceFigures, String, EstimateRange> {

    static final String SOURCES_STORE = "range-sources";
    static final String PUBLISHED_STORE = "range-published";
    /** The one key every source's figures are repartitioned to. */
    static final String ALL = "all";

    /**
     * One source's latest figure of each kind, as the range needs it; no figures: the source has
     * none left. Its size is bounded by the three kinds.
     */
    record SourceFigures(String source, Map<Kind, SourceFigure> figures) {

        static SourceFigures of(String source, SourceEstimate e) {
            Map<Kind, SourceFigure> figures = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                SourceFigure f = SourceFigure.latestOf(e, k);
                if (f != null) {
                    figures.put(k, f);
                }
            }
            return new SourceFigures(source, figures);
        }
    }

    private final Duration window;
    private ProcessorContext<String, EstimateRange> context;
    private KeyValueStore<String, SourceFigures> sources;
    private KeyValueStore<String, EstimateRange> published;

    RangeAggregate(Duration window) {
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, EstimateRange> context) {
        this.context = context;
        this.sources = context.getStateStore(SOURCES_STORE);
        this.published = context.getStateStore(PUBLISHED_STORE);
    }

    @Override
    public void process(Record<String, SourceFigures> record) {
        SourceFigures update = record.value();
        if (update == null || update.source() == null) {
            return;
        }
        if (update.figures().isEmpty()) {
            sources.delete(update.source());
        } else {
            sources.put(update.source(), update);
        }
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
                context.forward(new Record<>(k.wire(), range, record.timestamp()));
            }
        }
    }
}
