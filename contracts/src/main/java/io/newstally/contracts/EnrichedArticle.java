package io.newstally.contracts;

import java.util.List;

/**
 * An article with what enrichment found in it; offsets refer to {@link Article#text()}.
 *
 * @param article   the article as read from the raw topic, normalised
 * @param sentences sentence spans, the title first
 * @param figures   every number in the text
 * @param entities  named people, organisations and places
 * @param claims    the troop-estimate claims, one per distinct (value, low, source, kind)
 */
public record EnrichedArticle(
        Article article,
        List<Span> sentences,
        List<Figure> figures,
        List<Entity> entities,
        List<Claim> claims) {
}
