package io.newstally.aggregate;

import io.newstally.contracts.OutletEstimate;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Contribution changes keyed by outlet → the outlet's sources and their latest figures (a tombstone when none is left). */
final class ByOutletAggregate extends PublishingProcessor<String, ContributionChanges.Change, OutletEstimate> {

    static final String STORE = "by-outlet-state";

    ByOutletAggregate(Duration publishEvery) {
        super("by-outlet", STORE, publishEvery);
    }

    private OutletState state;

    @Override
    public void init(ProcessorContext<String, OutletEstimate> context) {
        super.init(context);
        state = new OutletState(store);
    }

    @Override
    void apply(Record<String, ContributionChanges.Change> record) {
        var change = record.value();
        if (change.before() != null) {
            state.retract(change.before());
        }
        if (change.after() != null) {
            state.add(change.after());
        }
        changed(record.key(), record.timestamp());
    }

    @Override
    KeyValue<String, OutletEstimate> publication(String outlet) {
        return KeyValue.pair(outlet, state.estimate(outlet));
    }
}
