package io.newstally.enrich.claims;

import io.newstally.contracts.EntityType;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.sources.Gazetteer;
import io.newstally.enrich.text.Token;
import java.util.List;

/**
 * The place a counted figure is tied to, as written ("Kursk region", "eastern Russia"): the first
 * place after the figure in its clause, else the last one before it. A place is a state, a place of
 * the story, a name with a region noun ("the X region", "X Oblast", "X province"), or a name of the
 * gazetteer ({@link Gazetteer}); any other capitalised phrase after "in" or "to" is not one.
 */
final class PlaceSieves {

    private PlaceSieves() {
    }

    static final Sieve.Chain<Counted, String> CHAIN = new Sieve.Chain<>("place", List.of(
            new Sieve<>("place-after", "The first place a preposition introduces after the figure, in its clause: "
                    + "\"3,000 troops to eastern Russia\", \"11,000 in the Kursk region\".", PlaceSieves::after),
            new Sieve<>("place-before", "With none after it, the last place before the figure, up to a reporting verb: "
                    + "\"soldiers in Russia, a contingent of about 3,000\".", PlaceSieves::before)));

    /** The first place after the figure: "to eastern Russia", "in the Kursk region". */
    static String after(Counted c) {
        Sentence s = c.s;
        int from = c.headEnd + 1;
        for (int k = from; k < Math.min(s.size() - 1, from + 14); k++) {
            Token t = s.get(k);
            // a reporting verb ends the counted clause, but "believed to be in Kursk" goes on
            if (t.is(";") || t.is(".") || t.is(",") || t.in(Lexicon.REPORTING) && !t.is("expected") && !s.is(k + 1, "to")) {
                return null;
            }
            String place = t.in(Lexicon.PLACE_PREPOSITIONS) ? placeAfter(s, k) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * The last place before the figure, up to a reporting verb: "soldiers in Russia, specifically a
     * contingent of about 3,000", "deployed to Russia, raising the total to 3,000".
     */
    private static String before(Counted c) {
        Sentence s = c.s;
        for (int k = c.f.first() - 1; k >= 0; k--) {
            Token t = s.get(k);
            if (t.in(Lexicon.REPORTING) || t.is(";") || t.is("and") || t.is("with") || t.is("but") || t.is("while")) {
                return null; // another clause's place: "welcomed them in Pyongyang and paid tribute to nine"
            }
            String place = t.in(Lexicon.PLACE_PREPOSITIONS) ? placeAfter(s, k) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * Whether the preposition at {@code k} introduces a place: a named one ("in Syria", "to the Kursk
     * region") or one the article named before ("in the region", "across the country").
     */
    static boolean introducesPlace(Sentence s, int k) {
        if (!s.in(k, Lexicon.PLACE_PREPOSITIONS)) {
            return false;
        }
        int j = s.is(k + 1, "the") ? k + 2 : k + 1;
        return placeAfter(s, k) != null || j > k + 1 && (s.in(j, Lexicon.REGION_NOUNS) || s.is(j, "country"));
    }

    /** The place a preposition at {@code k} introduces ("to eastern Russia", "in the Kursk region"), or null. */
    private static String placeAfter(Sentence s, int k) {
        int j = k + 1;
        if (s.is(j, "the")) {
            j++;
        }
        int start = j;
        while (j < s.size() && s.in(j, Lexicon.DIRECTIONS)) {
            j++;
        }
        if (j > start && s.is(j, "of") && j + 1 < s.size() && s.get(j + 1).isCapitalized()) {
            j++; // "in the east of Russia"
        }
        int nameStart = j;
        while (j < s.size() && s.get(j).isCapitalized() && !s.in(j, Lexicon.MONTHS) && !s.in(j, Lexicon.WEEKDAYS)) {
            AliasMatch m = s.alias(j);
            if (m != null && (m.alias().type() == EntityType.PERSON || m.alias().type() == EntityType.OUTLET)) {
                break;
            }
            j = m != null ? m.last() + 1 : j + 1;
            if (s.is(j, "'s")) {
                j++;
            }
        }
        if (j == nameStart) {
            return null;
        }
        AliasMatch named = s.alias(nameStart);
        boolean demonymUse = named != null && named.alias().type() == EntityType.STATE && j < s.size()
                && s.get(j).isWord() && !s.get(j).isCapitalized() && !s.in(j, Lexicon.REGION_NOUNS)
                && named.last() == j - 1 && isDemonym(s.get(j - 1).lower());
        if (demonymUse) {
            return null; // "join Russian forces"
        }
        if (s.get(j - 1).text().equals("War")) {
            return null; // "fighting in the Russia-Ukraine War": a war, not a place
        }
        if (isCompoundOfNames(s.get(nameStart)) && !s.in(j, Lexicon.REGION_NOUNS)) {
            return null; // "in the Russia-Ukraine war": two parties, no place
        }
        AliasMatch owner = s.alias(nameStart);
        if (owner != null && owner.alias().type() == EntityType.STATE && owner.last() + 2 < j
                && s.is(owner.last() + 1, "'s") && start == nameStart) {
            start = owner.last() + 2; // "Russia's Kursk region": the place, not the state it is in
        }
        boolean regionNoun = s.in(j, Lexicon.REGION_NOUNS);
        int nameEnd = s.is(j - 1, "'s") ? j - 1 : j;
        boolean capitalDirection = start < nameStart && s.get(start).isCapitalized(); // "North Kivu", "South Sudan"
        if (!regionNoun && !isPlace(s, nameStart, nameEnd) && !(capitalDirection && isPlace(s, start, nameEnd))) {
            return null; // "plans To Send", "the UK Ministry": capitalised, but no place
        }
        if (regionNoun) {
            j++;
        }
        if (s.is(j - 1, "'s")) {
            if (j < s.size() && s.get(j).startsLowerCase()) {
                return null; // "died in Russia's war": the state owns the noun; no place is named
            }
            j--;
        }
        return s.textBetween(start, j - 1);
    }

    /**
     * The capitalised name [from, to) is a place: a state ("Russia", "DR Congo"), a place of the
     * story, a name of the gazetteer ("Goma", "North Kivu", "the Middle East"), or a state's name or
     * demonym before one ("Russian Far East"), also after a state's possessive ("Russia's Kursk"). A
     * single word the lexicon knows is not a place by the gazetteer alone: a title-case headline
     * capitalises verbs ("to Send 10,000") and nouns ("to Police") that are also towns somewhere.
     */
    static boolean isPlace(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        AliasMatch first = s.alias(from);
        if (first != null && first.alias().type() == EntityType.STATE && s.is(first.last() + 1, "'s") && first.last() + 2 < to) {
            return isPlace(s, first.last() + 2, to); // "Russia's Kursk region": Kursk is the place
        }
        if (first != null && first.last() == to - 1
                && (first.alias().type() == EntityType.STATE || first.alias().type() == EntityType.PLACE)) {
            return true;
        }
        String name = s.textBetween(from, to - 1);
        if (Gazetteer.knows(name) && !(to - from == 1 && Lexicon.knows(s.get(from).lower()))) {
            return true;
        }
        return first != null && first.alias().type() == EntityType.STATE && first.last() + 1 < to
                && Gazetteer.knows(s.textBetween(first.last() + 1, to - 1)) && !Lexicon.knows(s.get(first.last() + 1).lower());
    }

    /** "Russia-Ukraine", "Russian-Ukrainian": names joined by a hyphen, each capitalised. */
    private static boolean isCompoundOfNames(Token t) {
        String w = t.text();
        int dash = w.indexOf('-');
        return dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(dash + 1));
    }

    private static boolean isDemonym(String w) {
        return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("i");
    }
}
