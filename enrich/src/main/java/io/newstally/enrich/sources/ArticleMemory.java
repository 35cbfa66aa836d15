package io.newstally.enrich.sources;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the registry learns of one article as it reads it, sentence by sentence: full names seen
 * (so that "Cho" may stand for "Cho Tae-yong"), the states it named unambiguously (so that
 * "Congolese" in an article about DR Congo is {@code CD}), and the short names it introduced in
 * brackets ("the Rwanda Defence Force (RDF)", "the Strategic Framework ... (CSP-DPA)"). Bounded by
 * the article: a new one for each.
 */
public final class ArticleMemory {

    /** The state of the force the article is read for. */
    final String forceState;
    final Set<String> fullNamesSeen = new HashSet<>();
    final Set<String> statesSeen = new HashSet<>();
    /** Short names introduced in brackets, by the short name as written. */
    final Map<String, Alias> introduced = new HashMap<>();

    /** A memory for one article of a story whose force belongs to {@code forceState}. */
    public ArticleMemory(String forceState) {
        this.forceState = forceState;
    }
}
