package io.newstally.enrich;

import io.newstally.contracts.Entity;
import io.newstally.contracts.EntityType;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.WordClass;
import java.util.List;


/**
 * Named entities of a sentence: every alias of the registry, typed and tied to its source,
 * and every other run of capitalised words (a name the registry does not know yet), typed
 * by the title before it ("President", "Minister") where there is one.
 */
final class Entities {

    private static final WordClass PERSON_TITLES = WordClass.of(
            "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "general",
            "gen.", "director", "chief", "lawmaker", "leader", "ambassador", "mr", "mrs", "ms", "dr",
            "adviser", "advisor", "commander", "professor", "lt.", "col.", "colonel", "admiral");

    private static final WordClass ORG_HEADS = WordClass.of(
            "ministry", "agency", "service", "council", "institute", "university", "directorate",
            "department", "command", "committee", "office", "army", "navy", "forces", "party", "news");

    private static final WordClass NOT_NAMES = WordClass.of(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "but", "and", "however",
            "meanwhile", "following", "according", "after", "before", "when", "while", "if", "it", "he",
            "she", "they", "we", "i", "his", "her", "their", "our", "as", "for", "with", "by", "from", "to");

    private Entities() {
    }

    /** @param text the article's characters, which the tokens' offsets refer to */
    static void collect(char[] text, List<Token> tokens, List<AliasMatch> aliases, List<Entity> out) {
        for (AliasMatch m : aliases) {
            Token first = tokens.get(m.first());
            Token last = tokens.get(m.last());
            out.add(new Entity(spanText(text, tokens, m.first(), m.last()), first.start(), last.end(), m.alias().type(), m.sourceId()));
        }
        // aliases come in order and never overlap: a name runs up to the next one at most
        int nextAlias = 0;
        int k = 0;
        while (k < tokens.size()) {
            while (nextAlias < aliases.size() && aliases.get(nextAlias).last() < k) {
                nextAlias++;
            }
            int stop = nextAlias < aliases.size() ? aliases.get(nextAlias).first() : tokens.size();
            if (k >= stop || !tokens.get(k).isCapitalized() || tokens.get(k).length() == 1
                    || tokens.get(k).in(NOT_NAMES)) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < stop && tokens.get(end + 1).isCapitalized()) {
                end++;
            }
            // a lone capitalised word opening a sentence is usually just the first word
            if (end > k || k > 0) {
                EntityType type = EntityType.OTHER;
                if (k > 0 && tokens.get(k - 1).in(PERSON_TITLES)) {
                    type = EntityType.PERSON;
                } else if (tokens.get(end).in(ORG_HEADS)) {
                    type = EntityType.ORGANIZATION;
                }
                out.add(new Entity(spanText(text, tokens, k, end), tokens.get(k).start(), tokens.get(end).end(), type, null));
            }
            k = end + 1;
        }
    }

    /** The tokens' text, one space where they are apart: "Kim\nJong Un" reads "Kim Jong Un". */
    private static String spanText(char[] text, List<Token> tokens, int first, int last) {
        if (first == last) {
            return tokens.get(first).text(); // the word cache's string: most names are one word
        }
        boolean spacedOnce = true;
        for (int k = first + 1; k <= last && spacedOnce; k++) {
            int gap = tokens.get(k).start() - tokens.get(k - 1).end();
            spacedOnce = gap == 0 || gap == 1 && text[tokens.get(k - 1).end()] == ' ';
        }
        if (spacedOnce) {
            return new String(text, tokens.get(first).start(), tokens.get(last).end() - tokens.get(first).start());
        }
        StringBuilder sb = new StringBuilder(tokens.get(first).text());
        for (int k = first + 1; k <= last; k++) {
            if (tokens.get(k).start() > tokens.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
