package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import io.newstally.contracts.EntityType;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import io.newstally.enrich.text.WordClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the attributions of one sentence: the subject of each reporting verb ("Kirby said",
 * "his agency estimated"), "according to X", "citing X", "after a briefing by X", and a
 * headline's "US:". Pronouns and back-pointing nouns ("the agency", "his government") take
 * the last named claimant of the article; unnamed officials and media are unattributed.
 */
final class Attributions {

    private static final List<String> UNATTRIBUTED = List.of(Claim.UNATTRIBUTED);

    /** Words after which a reporting word is a noun or adjective, not a verb. */
    private static final WordClass NOUN_MARKERS = WordClass.of(
            "the", "a", "an", "these", "those", "such", "his", "her", "its", "their", "earlier", "previous",
            "first", "new", "recent", "latest", "media", "unconfirmed", "of", "our", "your", "initial",
            // "declined to comment on reports that ...", "amid claims that ...": nobody asserts them here
            "on", "about", "amid", "despite", "with", "over", "following", "denied", "dismissed",
            "rejected", "refuted", "denying", "dismissing", "denounced", "condemned");

    /** Reporting words that are only ever verbs: "Zelensky earlier said" is a report whatever stands before "said". */
    private static final WordClass VERB_ONLY = WordClass.of(
            "said", "says", "told", "tells", "stated", "added", "adds", "wrote", "writes", "testified", "tweeted",
            "stressed", "insisted", "explained");

    /** "after a briefing by the NIS", "briefed by": the briefing party is the claimant. */
    private static final WordClass BRIEFING = WordClass.of("briefing", "briefed", "briefings");

    /** People who speak for no party: "North Korean prisoners said", "the force's soldiers told". */
    private static final WordClass NOT_A_PARTY = WordClass.of(
            "prisoners", "prisoner", "pows", "pow", "captives", "captive", "defectors", "defector", "casualties",
            "losses", "deaths", "troop", "deserters", "deserter",
            // "North Korean experts say": people of a state who speak for themselves, not for it
            "experts", "expert", "analysts", "analyst", "scholars", "scholar", "researchers", "academics", "observers",
            "watchers", "residents", "citizens", "civilians", "activists");

    private final Tokens tokens;
    /** The sentence holds "we" or "I" (most do not). */
    private final boolean firstPersonHere;
    private final Map<String, List<String>> speakers;
    /** The alias covering each token ({@link AliasMatch#coverage}). */
    private final AliasMatch[] aliasAt;

    /**
     * @param speakers people the article introduced with their party ("HUR spokesman Andriy
     *                 Yusov"), by surname; this sentence's introductions are added to it
     * @param aliasAt  the alias covering each token ({@link AliasMatch#coverage})
     */
    Attributions(Tokens tokens, List<AliasMatch> aliases, AliasMatch[] aliasAt, Map<String, List<String>> speakers) {
        this.tokens = tokens;
        this.firstPersonHere = tokens.has(FIRST_PERSON);
        this.speakers = speakers;
        this.aliasAt = aliasAt;
        if (!aliases.isEmpty() && tokens.has(Lexicon.SPEAKER_TITLES)) {
            learnSpeakers(aliases);
        }
    }

    private AliasMatch aliasStartingAt(int k) {
        AliasMatch m = aliasAt == null ? null : aliasAt[k];
        return m != null && m.first() == k ? m : null;
    }

    private AliasMatch aliasEndingAt(int k) {
        AliasMatch m = aliasAt == null ? null : aliasAt[k];
        return m != null && m.last() == k ? m : null;
    }

    private boolean insideAlias(int k) {
        return aliasAt != null && aliasAt[k] != null;
    }

    /** "HUR spokesman Andriy Yusov", "South Korea's intelligence chief Cho Tae-yong": a name the registry may not know, tied to its party. */
    private void learnSpeakers(List<AliasMatch> aliases) {
        for (AliasMatch m : aliases) {
            if (m.sourceId() == null || m.alias().type() == EntityType.OUTLET || isMediaUse(m)) {
                continue;
            }
            int k = m.last() + 1;
            if (k < tokens.size() && tokens.get(k).is("'s")) {
                k++;
            }
            int titleEnd = -1;
            for (int j = k; j < Math.min(tokens.size(), k + 3) && tokens.get(j).isWord() && aliasStartingAt(j) == null; j++) {
                if (tokens.get(j).in(Lexicon.SPEAKER_TITLES)) {
                    titleEnd = j;
                }
            }
            if (titleEnd < 0) {
                continue;
            }
            // "Ukraine's ambassador to South Korea, Dmytro Ponomarenko,": a title's complement, then the name
            int afterTitle = titleEnd + 1;
            if (afterTitle + 1 < tokens.size() && (tokens.get(afterTitle).is("to") || tokens.get(afterTitle).is("in")
                    || tokens.get(afterTitle).is("at") || tokens.get(afterTitle).is("for"))) {
                int j = afterTitle + 1;
                while (j < Math.min(tokens.size(), afterTitle + 6) && (tokens.get(j).isCapitalized() || tokens.get(j).is("the"))) {
                    j++;
                }
                if (j > afterTitle + 1 && j < tokens.size() && tokens.get(j).is(",")) {
                    titleEnd = j; // the name starts after the comma
                }
            } else if (afterTitle < tokens.size() && tokens.get(afterTitle).is(",")) {
                titleEnd = afterTitle; // "HUR spokesman, Andriy Yusov,"
            }
            int last = titleEnd;
            while (last + 1 < tokens.size() && last - titleEnd < 3 && tokens.get(last + 1).isCapitalized()
                    && aliasStartingAt(last + 1) == null && !tokens.get(last + 1).in(Lexicon.SPEAKER_TITLES)) {
                last++;
            }
            if (last > titleEnd) {
                speakers.put(tokens.get(last).lower(), List.of(m.sourceId()));
            }
        }
    }

    /** The party of a name introduced earlier in the article, by the name's last word at {@code k}. */
    private List<String> knownSpeaker(int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isCapitalized() ? speakers.get(tokens.get(k).lower()) : null;
    }

    /**
     * @param lastNamed the last named claimant of the article so far (for "he", "the agency"), or null
     * @param isTitle   whether this sentence is the headline ("US: ..." attributes)
     * @param turnSpeaker in a transcript, the party of the speaker whose turn this is, else null
     * @return attributions in sentence order
     */
    List<Attribution> find(List<String> lastNamed, boolean isTitle, List<String> turnSpeaker) {
        List<Attribution> out = new ArrayList<>();
        List<String> named = lastNamed;
        if (isTitle) {
            Attribution headline = headlineColon();
            if (headline != null) {
                out.add(headline);
                named = headline.sources();
            }
        }
        boolean giving = tokens.has(GIVING);
        if (!tokens.has(Lexicon.REPORTING) && !tokens.has(BRIEFING) && !giving) {
            return out;
        }
        int boundary = -1;
        for (int v = 0; v < tokens.size(); v++) {
            Token t = tokens.get(v);
            // every attribution turns on a reporting word ("according", "citing" included), a briefing,
            // or a figure given ("U.S. officials offered a lower estimate of around 1,200")
            boolean givesFigure = giving && t.in(GIVING) && givesAnEstimate(v);
            if (!(t.in(Lexicon.REPORTING) || t.in(BRIEFING) || givesFigure) || insideAlias(v)) {
                continue;
            }
            List<String> sources = null;
            boolean relayed = false;
            int agent = t.in(Lexicon.REPORTING) && v > 0 && tokens.get(v - 1).in(Lexicon.PASSIVE_BE) && t.lower().endsWith("ed")
                    ? agentAfter(v) : -1;
            int saying = t.is("quoted") ? quotedAsSaying(v) : -1;
            if (saying > 0) {
                // "Lee quoted the nation's spy agency as saying ...": the one quoted is the claimant
                sources = forward(v + 1, named);
                relayed = true;
            } else if (t.is("according") && v + 1 < tokens.size() && tokens.get(v + 1).is("to")) {
                sources = forward(v + 2, named);
            } else if (t.is("citing") || (t.in(BRIEFING) && v + 1 < tokens.size()
                    && (tokens.get(v + 1).is("from") || tokens.get(v + 1).is("by") || tokens.get(v + 1).is("of")))) {
                // "a lawmaker said after being briefed by the NIS": the agency's knowledge
                sources = forward(v + 1, named);
                relayed = true;
            } else if (agent > 0) {
                // "the figure was confirmed by the Pentagon", "were estimated at 4,700 by South Korean intelligence"
                sources = forward(agent, named);
            } else if (t.in(Lexicon.REPORTING) && firstPersonBefore(v)) {
                // "Patel said, “We confirmed that ...”", a briefer's "we believe": the one speaking
                sources = !out.isEmpty() ? out.get(out.size() - 1).sources() : turnSpeaker != null ? turnSpeaker : UNATTRIBUTED;
            } else if (givesFigure || t.in(Lexicon.REPORTING) && isVerbHere(v)) {
                sources = subject(v, boundary, named);
                if (sources == null) {
                    // "Kirby stated ..., adding that": the same subject as the attribution before
                    sources = out.isEmpty() ? UNATTRIBUTED : out.get(out.size() - 1).sources();
                }
            }
            if (sources != null) {
                out.add(new Attribution(v, sources, relayed));
                if (!sources.equals(UNATTRIBUTED)) {
                    named = sources;
                }
                if (saying > 0) {
                    v = saying; // its "as saying" is the same attribution
                }
                boundary = v;
            }
        }
        return out;
    }

    /** Verbs that give a figure as their object: "offered a lower estimate of", "gave a figure of". */
    private static final WordClass GIVING = WordClass.of("offered", "offers", "gave", "gives", "provided", "provides", "issued");
    private static final WordClass ESTIMATE_NOUNS = WordClass.of("estimate", "estimates", "figure", "figures", "tally", "count", "number");

    /** "offered a lower estimate", "gave its own figure": an estimate noun within four words after the verb. */
    private boolean givesAnEstimate(int v) {
        for (int k = v + 1; k < Math.min(tokens.size(), v + 5); k++) {
            if (tokens.get(k).in(ESTIMATE_NOUNS)) {
                return true;
            }
            if (tokens.get(k).isNumber() || tokens.get(k).is(",")) {
                return false;
            }
        }
        return false;
    }

    private static final WordClass TAKES_HEARER = WordClass.of("told", "tells", "tell", "informed", "briefed", "warned");

    private static final WordClass FIRST_PERSON = WordClass.of("we", "i");

    /** "we believe", "I would say", "we also estimate": a first-person subject right before the verb. */
    private boolean firstPersonBefore(int v) {
        if (!firstPersonHere) {
            return false;
        }
        int k = v - 1;
        while (k >= Math.max(0, v - 4) && (tokens.get(k).in(Lexicon.AUXILIARIES) && tokens.get(k).isWord() || tokens.get(k).is("do"))) {
            k--;
        }
        return k >= 0 && k < v && tokens.get(k).in(FIRST_PERSON) && (k == v - 1 || !tokens.get(k + 1).is("that"));
    }

    /** "quoted X as saying": where its "saying" stands, a few words after "quoted"; -1 if not. */
    private int quotedAsSaying(int v) {
        for (int k = v + 2; k + 1 < Math.min(tokens.size(), v + 12); k++) {
            if (tokens.get(k).is("as") && (tokens.get(k + 1).is("saying") || tokens.get(k + 1).is("stating"))) {
                return k + 1;
            }
            if (tokens.get(k).is(",") || tokens.get(k).is("that")) {
                return -1;
            }
        }
        return -1;
    }

    /** Where a passive reporting verb's agent starts, after its "by" in the clause; -1 if it names none. */
    private int agentAfter(int v) {
        for (int k = v + 1; k < Math.min(tokens.size(), v + 9); k++) {
            Token t = tokens.get(k);
            if (t.is("by")) {
                return k + 1;
            }
            if (t.is(",") || t.is(";") || t.is("that") || Lexicon.isQuote(t) || t.in(Lexicon.REPORTING)) {
                return -1;
            }
        }
        return -1;
    }

    /** "reports", "claims", "estimates" are verbs only right after a subject. */
    private boolean isVerbHere(int v) {
        Token t = tokens.get(v);
        if (t.is("cited")) {
            return false; // "cited by Bloomberg" names the outlet, not the claimant
        }
        Token prev = v == 0 ? null : tokens.get(v - 1);
        if (t.in(Lexicon.STANCES) && v + 1 < tokens.size() && (tokens.get(v + 1).in(Lexicon.HEDGE_NOUNS)
                || v + 2 < tokens.size() && tokens.get(v + 1).is("the") && tokens.get(v + 2).in(Lexicon.HEDGE_NOUNS))) {
            return false; // "Pyongyang condemned reports that ...": the figure is the reports', not the speaker's
        }
        if (prev != null && prev.in(NOUN_MARKERS) && !t.in(VERB_ONLY)) {
            return false; // "the alleged presence", "the first reports": adjectives and nouns
        }
        if (prev != null && prev.in(Lexicon.PASSIVE_BE) && t.lower().endsWith("ed")) {
            return false; // "the number is estimated at 11,000": the passive names no claimant
        }
        if (t.lower().endsWith("ed") && v + 2 < tokens.size() && tokens.get(v + 1).is("at") && !tokens.get(v + 2).is("least")
                && !tokens.get(v + 2).is("most") && prev != null && !prev.in(Lexicon.PRONOUNS)
                && (aliasEndingAt(v - 1) == null || isPlace(aliasEndingAt(v - 1)))) {
            return false; // a headline's "casualties estimated at 4,700": a passive without its verb "be"
        }
        if (!t.in(Lexicon.AMBIGUOUS_REPORTING)) {
            return true;
        }
        if (prev == null) {
            return false;
        }
        if (v + 1 < tokens.size() && tokens.get(v + 1).is("that")) {
            return true; // "..., suggest that"
        }
        if (endsClause(prev) && closingSpeaker(v + 1)) {
            return true; // a headline's "..., claims Zelensky", "..., says NIS"
        }
        return aliasEndingAt(v - 1) != null || prev.in(Lexicon.PRONOUNS) || prev.is("also")
                || prev.is("which") || prev.is("who") || prev.in(Lexicon.UNNAMED)
                || (prev.is("to") && t.is("say")) || prev.is("'s") || prev.is("and");
    }

    /** A named party from {@code k} to the sentence's end (its full stop aside): an inverted verb's speaker. */
    private boolean closingSpeaker(int k) {
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        AliasMatch m = k < tokens.size() ? aliasStartingAt(k) : null;
        if (m == null || m.sourceId() == null || m.alias().type() == EntityType.OUTLET) {
            return false;
        }
        int end = m.last() + 1;
        return end == tokens.size() || end + 1 == tokens.size() && !tokens.get(end).isWord();
    }

    /** "US: Over 3,000 ...", or at the end, "N. Korea suffers 4,700 casualties: NIS". */
    private Attribution headlineColon() {
        int colon = lastColon();
        if (colon < 0) {
            return null;
        }
        Set<String> opening = new LinkedHashSet<>();
        int k = claimantsFrom(0, opening);
        if (!opening.isEmpty() && k < tokens.size() && tokens.get(k).is(":")) {
            return new Attribution(k, List.copyOf(opening), false);
        }
        Set<String> closing = new LinkedHashSet<>();
        if (claimantsFrom(colon + 1, closing) == tokens.size() && !closing.isEmpty()) {
            return new Attribution(colon, List.copyOf(closing), false);
        }
        return null;
    }

    /** The last ":" of a headline, or a spaced dash before its last words ("... in Kursk – Pentagon"); -1 if none. */
    private int lastColon() {
        for (int k = tokens.size() - 1; k > 0; k--) {
            Token t = tokens.get(k);
            if (t.is(":") || isSpacedDash(k)) {
                return k;
            }
        }
        return -1;
    }

    private boolean isSpacedDash(int k) {
        Token t = tokens.get(k);
        return (t.is("\u2013") || t.is("\u2014") || t.is("-")) && k + 1 < tokens.size()
                && t.start() > tokens.get(k - 1).end() && tokens.get(k + 1).start() > t.end();
    }

    /** Adds the claimants named in a row from {@code k} ("US", "Seoul and Tokyo") to {@code ids}; returns where the row ends. */
    private int claimantsFrom(int k, Set<String> ids) {
        while (k < tokens.size() && aliasStartingAt(k) != null && aliasStartingAt(k).sourceId() != null) {
            AliasMatch m = aliasStartingAt(k);
            ids.add(m.sourceId());
            k = m.last() + 1;
            if (k < tokens.size() && (tokens.get(k).is("and") || tokens.get(k).is(","))) {
                k++;
            }
        }
        return k;
    }

    /** The named party right after "according to", "citing", "a briefing from". */
    private List<String> forward(int from, List<String> lastNamed) {
        Set<String> ids = new LinkedHashSet<>();
        int k = from;
        int limit = Math.min(tokens.size(), from + 12);
        while (k < limit) {
            Token t = tokens.get(k);
            if (t.is(",") && ids.isEmpty() && k > from) {
                break;
            }
            if (t.is(".") || t.is(";") || t.is("that") || t.is(":")) {
                break;
            }
            AliasMatch m = aliasStartingAt(k);
            if (m != null) {
                if (isMediaUse(m)) {
                    k = m.last() + 2;
                    continue;
                }
                if (m.sourceId() != null && m.alias().type() != EntityType.OUTLET) {
                    ids.add(m.sourceId());
                }
                k = m.last() + 1;
                if (k < limit && (tokens.get(k).is("and") || tokens.get(k).is(",") || tokens.get(k).is("as"))) {
                    continue;
                }
                if (!ids.isEmpty() && !isGroupWord(k)) {
                    break;
                }
                continue;
            }
            if (ids.isEmpty() && pointsBack(k) && lastNamed != null) {
                return lastNamed;
            }
            if (!ids.isEmpty() && !t.isWord()) {
                break;
            }
            k++;
        }
        return ids.isEmpty() ? UNATTRIBUTED : List.copyOf(ids);
    }

    private boolean isGroupWord(int k) {
        return k < tokens.size() && (tokens.get(k).in(Lexicon.UNNAMED) || tokens.get(k).is("'s"));
    }

    /** The subject of the reporting verb at v: the nearest named party before it. */
    private List<String> subject(int v, int boundary, List<String> lastNamed) {
        if (v > 1 && tokens.get(v - 1).is(",") && tokens.get(v).lower().endsWith("ing")) {
            // "The agency has given lower figures, saying ...": the participle's subject opens the clause
            List<String> opening = clauseSubject(boundary + 1, v - 1, lastNamed);
            if (opening != null) {
                return opening;
            }
        }
        // "told" takes its hearer after it: "Ponomarenko, told Voice of America" is not inverted
        if (v > 0 && endsClause(tokens.get(v - 1)) && !tokens.get(v).lower().endsWith("ing") && !tokens.get(v).in(TAKES_HEARER)
                && startsSubject(v + 1)) {
            // "\"...,\" said the NIS", "..., said John Kirby", "..., said Yusov"
            int nameEnd = v + 1;
            while (nameEnd + 1 < tokens.size() && tokens.get(nameEnd + 1).isCapitalized()) {
                nameEnd++;
            }
            List<String> known = knownSpeaker(nameEnd);
            return known != null ? known : forward(v + 1, lastNamed);
        }
        // "..., Smith said", "..., the SSO said": a name the registry does not know, right before the verb, is the speaker
        int name = v - 1;
        while (name >= 0 && name > boundary && tokens.get(name).isCapitalized() && !insideAlias(name)
                && !tokens.get(name).in(Lexicon.PRONOUNS)) {
            name--;
        }
        int opening = name < v - 1 && name >= 0 && tokens.get(name).is("the") ? name - 1 : name;
        if (name < v - 1 && (opening < 0 || endsClause(tokens.get(opening)))) {
            List<String> known = knownSpeaker(v - 1);
            return known != null ? known : UNATTRIBUTED;
        }
        if (v > 0 && aliasEndingAt(v - 1) != null && aliasEndingAt(v - 1).alias().type() == EntityType.OUTLET) {
            return UNATTRIBUTED; // "Yonhap reported": the outlet's own reporting
        }
        for (int j = v - 1; j > boundary && j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is(";") || Lexicon.isQuote(t)) {
                break; // a quotation before the verb is what was said, not who said it
            }
            AliasMatch m = aliasEndingAt(j);
            if (m != null && isPlace(m)) {
                if (m.first() > 1 && tokens.get(m.first() - 2).in(Lexicon.UNNAMED) && m.sourceId() != null) {
                    return coordinated(m); // "officials in Seoul said"
                }
                j = m.first();
                continue; // "casualties in Russia estimated": a place, not the speaker
            }
            if (m != null && namesPeopleNotParty(m)) {
                j = m.first();
                continue; // "North Korean prisoners said": the people, not their state
            }
            if (m != null) {
                if (m.alias().type() == EntityType.OUTLET || m.sourceId() == null || isMediaUse(m)) {
                    if (isMediaUse(m)) {
                        return UNATTRIBUTED;
                    }
                    j = m.first();
                    continue;
                }
                return coordinated(m);
            }
            if (pointsBack(j)) {
                return lastNamed != null ? lastNamed : UNATTRIBUTED;
            }
            if (t.in(Lexicon.UNNAMED)) {
                if (t.in(NOT_A_PARTY)) {
                    return UNATTRIBUTED; // "North Korean experts say"
                }
                AliasMatch near = aliasJustBefore(j);
                if (near != null && near.sourceId() != null && !isMediaUse(near)) {
                    return coordinated(near);
                }
                if (near == null) {
                    return UNATTRIBUTED;
                }
            }
        }
        return boundary >= 0 ? null : UNATTRIBUTED;
    }

    /** The party that opens tokens[from, to): a name before any verb, or a pronoun pointing back; null if none. */
    private List<String> clauseSubject(int from, int to, List<String> lastNamed) {
        for (int k = Math.max(0, from); k < to; k++) {
            Token t = tokens.get(k);
            AliasMatch m = aliasStartingAt(k);
            if (m != null) {
                if (m.sourceId() == null || m.alias().type() == EntityType.OUTLET || isMediaUse(m) || namesPeopleNotParty(m)) {
                    return null;
                }
                return forward(k, lastNamed); // "Britain and Japan have given figures, saying": both
            }
            if (pointsBack(k)) {
                return lastNamed;
            }
            if (t.in(Lexicon.AUXILIARIES) && !t.is(",") || t.in(Lexicon.REPORTING) || Lexicon.isQuote(t)) {
                return null; // a verb came first: the clause opens with no party
            }
        }
        return null;
    }

    private static boolean endsClause(Token t) {
        return t.is(",") || Lexicon.isQuote(t);
    }

    /** A subject after an inverted verb: a name, or a determiner that starts one ("said the agency"). */
    private boolean startsSubject(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return aliasStartingAt(k) != null || t.isCapitalized() || t.is("the") || t.is("a") || t.is("an")
                || t.is("he") || t.is("she") || t.is("they");
    }

    /** A named party directly modifying tokens[j]: "U.S. officials", "South Korea's spy agency". */
    private AliasMatch aliasJustBefore(int j) {
        for (int k = j - 1; k >= Math.max(0, j - 4); k--) {
            if (aliasEndingAt(k) != null) {
                return aliasEndingAt(k);
            }
            Token t = tokens.get(k);
            // "South Korean and Western intelligence agencies": an unnamed group joined to a named one
            boolean joinsGroup = t.is("and") && k + 1 < j && tokens.get(k + 1).isCapitalized();
            if (!(t.is("'s") || joinsGroup || (t.isWord() && t.startsLowerCase() && !t.in(Lexicon.REPORTING)
                    && !t.is("and") && !t.is("that") && !t.is("by") && !t.is("from") && !t.is("with")) || t.isCapitalized())) {
                return null;
            }
        }
        return null;
    }

    /** "British and Japanese officials": one claim for each named party. */
    private List<String> coordinated(AliasMatch m) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(m.sourceId());
        int k = m.first() - 1;
        if (k >= 1 && tokens.get(k).is("the")) {
            k--; // "Ukraine and the United States"
        }
        boolean sawAnd = false;
        while (k >= 1) {
            Token sep = tokens.get(k);
            // "X, Y and Z said": a list ends with "and"; a comma alone ends a clause ("in Russia, NATO said")
            if (!(sep.is("and") || sep.is(",") && sawAnd)) {
                break;
            }
            sawAnd = true;
            int j = k - 1;
            if (sep.is("and") && tokens.get(j).is(",")) {
                j--;
            }
            AliasMatch prev = j >= 0 ? aliasEndingAt(j) : null;
            if (prev == null || prev.sourceId() == null || prev.alias().type() == EntityType.OUTLET || isPlace(prev)) {
                break; // "troops are in Russia, and the U.S. believes": a place ends the clause before
            }
            ids.add(prev.sourceId());
            k = prev.first() - 1;
            if (k >= 1 && tokens.get(k).is("the")) {
                k--;
            }
        }
        return List.copyOf(ids);
    }

    private boolean isPlace(AliasMatch m) {
        return Lexicon.namedAsObject(tokens, m);
    }

    /** "North Korean soldiers", "Russian prisoners": people of a state who do not speak for it. */
    private boolean namesPeopleNotParty(AliasMatch m) {
        int next = m.last() + 1;
        if (next < tokens.size() && tokens.get(next).is("'s")) {
            next++;
        }
        if (next >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(next);
        // the deployed force's own troops are not its government; another state's "forces" are its military
        return t.in(NOT_A_PARTY) || m.alias().force() && t.in(Lexicon.PERSONNEL);
    }

    /** "South Korean media reported": the press, not the government. */
    private boolean isMediaUse(AliasMatch m) {
        int next = m.last() + 1;
        return m.alias().type() == EntityType.STATE && next < tokens.size() && tokens.get(next).in(Lexicon.MEDIA);
    }

    /** "he", "she", "they", "the agency", "his government", "his country's intelligence". */
    boolean pointsBack(int j) {
        Token t = tokens.get(j);
        if (t.in(Lexicon.PRONOUNS)) {
            return !t.is("it") || j + 1 < tokens.size() && !tokens.get(j + 1).is("is") && !tokens.get(j + 1).is("was");
        }
        if (t.is("him") || t.is("them")) {
            return true; // "according to him"
        }
        if (!t.in(Lexicon.BACK_NOUNS)) {
            return false;
        }
        for (int k = j - 1; k >= Math.max(0, j - 3); k--) {
            Token d = tokens.get(k);
            if (aliasEndingAt(k) != null) {
                return false;
            }
            if (d.in(Lexicon.BACK_DETERMINERS)) {
                return !d.is("the") || !t.is("country");
            }
            if (!(d.is("'s") || d.in(Lexicon.BACK_NOUNS) || d.is("own") || d.is("spy")
                    || d.is("defense") || d.is("defence") || d.is("foreign") || d.is("military"))) {
                return false;
            }
        }
        return false;
    }
}
