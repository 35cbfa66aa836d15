package io.newstally.enrich.claims;

/**
 * A stretch of a sentence that a reporting frame presents as someone's knowledge: "X said (that)
 * ...", "..., according to X", "X put the number at ...", "rumours that ...". A figure belongs to
 * the narrowest frame around it.
 *
 * @param rule     the frame sieve that found it
 * @param anchor   the token it turns on ("said", "according", the headline's colon)
 * @param from     first token of what it attributes
 * @param to       last token of what it attributes (inclusive)
 * @param who      who it names; null for a frame that attributes to nobody (a rumour, a denial)
 * @param relay    whose knowledge the speaker passes on ("citing X", "after a briefing by X"), or null
 * @param relayRule the sieve that found the relay, or null
 */
record Frame(String rule, int anchor, int from, int to, Who who, Who relay, String relayRule) {

    Frame(String rule, int anchor, int from, int to, Who who) {
        this(rule, anchor, from, to, who, null, null);
    }

    boolean covers(int k) {
        return k >= from && k <= to;
    }

    int width() {
        return to - from;
    }

    /** A rumour, a question or a denial: what it covers is nobody's claim. */
    boolean attributesToNobody() {
        return who == null;
    }

    Frame withRelay(Who relay, String relayRule) {
        return new Frame(rule, anchor, from, to, who, relay, relayRule);
    }
}
