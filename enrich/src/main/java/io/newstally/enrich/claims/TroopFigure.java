package io.newstally.enrich.claims;

import io.newstally.contracts.Kind;

/** A figure that counts troops: what the sentence says of it, before attribution. */
record TroopFigure(int first, int last, Kind kind, String location) {
}
