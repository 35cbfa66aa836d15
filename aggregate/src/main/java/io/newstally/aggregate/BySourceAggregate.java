package io.newstally.aggregate;

import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceEstimate;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Contribution changes keyed by source → the source's running estimate (a tombstone when none is left). */
final class BySourceAggregate extends PublishingProcessor<String, ContributionChanges.Change, SourceEstimate> {

    static final String STORE = "by-source-state";

    private EstimateState state;

    BySourceAggregate(Duration publishEvery) {
        super("by-source", STORE, publishEvery);
    }

    @Override
    public void init(ProcessorContext<String, SourceEstimate> context) {
        super.init(context);
        state = new EstimateState(store);
    }

    @Override
    void apply(Record<String, ContributionChanges.Change> record) {
        var change = record.value();
        if (change.before() != null) {
            state.retract(record.key(), change.before());
        }
        if (change.after() != null) {
            state.add(record.key(), change.after());
        }
        changed(record.key(), record.timestamp());
    }

    @Override
    KeyValue<String, SourceEstimate> publication(String source) {
        Map<Kind, KindEstimate> kinds = state.estimate(source);
        return KeyValue.pair(source, kinds.isEmpty() ? null : SourceEstimate.of(source, kinds));
    }
}
