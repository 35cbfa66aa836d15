package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import java.util.List;

/**
 * Who a stretch of a sentence presents its figures as coming from.
 *
 * @param position token index of the attributing word ("said", "according", the headline colon)
 * @param sources  canonical ids; {@code [UNATTRIBUTED]} for unnamed officials, media, rumours
 * @param relayed  whose knowledge a speaker passes on ("after a briefing by X", "citing X"):
 *                 it names the claimant even when the speaker is unnamed
 */
record Attribution(int position, List<String> sources, boolean relayed) {

    /** Whether a party is named, rather than unnamed officials, media or rumour. */
    boolean named() {
        return !sources.equals(List.of(Claim.UNATTRIBUTED));
    }
}
