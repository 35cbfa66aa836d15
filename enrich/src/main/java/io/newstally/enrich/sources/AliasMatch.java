package io.newstally.enrich.sources;

/** An alias found in a sentence: tokens [first, last] inclusive. */
public record AliasMatch(Alias alias, int first, int last) {

    public String sourceId() {
        return alias.sourceId();
    }
}
