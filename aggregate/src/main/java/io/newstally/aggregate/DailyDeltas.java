package io.newstally.aggregate;

import io.newstally.contracts.SourceArticle;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A contribution change as event-time deltas for the daily windows, keyed by source: the
 * retraction of the old contribution, stamped with the old version's event time so that it
 * leaves the day it was counted in, then the addition of the new one at its own event time.
 */
final class DailyDeltas extends ContextualProcessor<String, ContributionChanges.Change, String, DailyDeltas.Delta> {

    /** Add or retract one contribution. */
    record Delta(boolean retract, SourceArticle contribution) {
    }

    @Override
    public void process(Record<String, ContributionChanges.Change> record) {
        SourceArticle before = record.value().before();
        SourceArticle after = record.value().after();
        if (before != null && before.eventTime() != null) {
            context().forward(new Record<>(before.source(), new Delta(true, before), before.eventTime().toEpochMilli()));
        }
        if (after != null && after.eventTime() != null) {
            context().forward(new Record<>(after.source(), new Delta(false, after), after.eventTime().toEpochMilli()));
        }
    }
}
