package io.newstally.enrich.claims;

import io.newstally.contracts.Claim;
import io.newstally.contracts.EntityType;
import io.newstally.contracts.Kind;
import io.newstally.contracts.Span;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokens;
import io.newstally.enrich.text.WordClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the claims of one article, sentence by sentence in order, carrying what the
 * guidelines carry across sentences: the last named claimant (for "he", "the agency") and
 * the claimant of the sentence before (a sentence that names nobody continues its report).
 */
public final class ClaimFinder {

    /** "earlier in the year", "previously", "last year": the writer's background, not a report. */
    private static final WordClass BACKGROUND = WordClass.of("earlier", "previously", "last");

    /** "During the Vietnam War", "in 1967": what introduces a past that is not this deployment. */
    private static final WordClass PAST_MARKERS = WordClass.of("in", "during");
    /** A year this long before the article's is history, not news. */
    private static final int HISTORY_YEARS = 10;

    private final List<Claim> claims = new ArrayList<>();
    /** The article's year (published, else ingested), or null when unknown. */
    private final Integer articleYear;
    /** People the article introduced with their party, by surname: "HUR spokesman Andriy Yusov" then "Yusov said". */
    private final Map<String, List<String>> speakers = new HashMap<>();

    /** Claims of the sentence before that no one was named for: "This was reported by X" names their claimant. */
    private List<Integer> unclaimedBefore = List.of();
    private boolean defaulted;
    /** The sentence before opened a quotation it did not close: its speaker comes after the quote ends. */
    private boolean quoteLeftOpen;

    private List<String> lastNamed;
    /** In a transcript, the party of whoever has the floor ("MS. SINGH:"); null outside one. */
    private List<String> turnSpeaker;
    private List<String> previousClaimant;
    private int previousParagraph = -10;
    private int sentencesSinceForce = 1000;
    private int sentencesSincePersonnel = 1000;

    /** @param articleYear the year the article was published (else ingested), or null */
    public ClaimFinder(Integer articleYear) {
        this.articleYear = articleYear;
    }

    public void sentence(char[] text, Span span, int paragraph, boolean isTitle, Tokens tokens,
                         List<AliasMatch> aliases, List<FigureMention> figures) {
        boolean forceHere = false;
        for (AliasMatch m : aliases) {
            forceHere |= m.alias().force();
        }
        sentencesSinceForce = forceHere ? 0 : sentencesSinceForce + 1;
        // "North Korean troops suffered heavy losses. He said 3,000 had been killed": whose count it is
        boolean personnelBefore = sentencesSincePersonnel <= 2;
        boolean personnelHere = TroopFigures.namesPersonnel(tokens);
        sentencesSincePersonnel = personnelHere ? 0 : sentencesSincePersonnel + 1;
        AliasMatch[] aliasAt = AliasMatch.coverage(tokens.size(), aliases);
        Attributions attributions = new Attributions(tokens, aliases, aliasAt, speakers);
        if (paragraph != previousParagraph) {
            List<String> label = speakerLabel(tokens, aliases, isTitle);
            if (label != null) {
                turnSpeaker = label;
            }
        }
        List<Attribution> found = attributions.find(lastNamed, isTitle, turnSpeaker);
        boolean continues = previousClaimant != null && paragraph - previousParagraph <= 1 && !opensNewMatter(tokens);
        List<String> reportedBy = reportsTheSentenceBefore(tokens, found);
        if (reportedBy == null && quoteLeftOpen) {
            reportedBy = speakerAfterClosingQuote(tokens, found);
        }
        if (reportedBy == null && figures.isEmpty()) {
            reportedBy = briefedSpeaker(tokens, found);
        }
        if (reportedBy != null) {
            for (int index : unclaimedBefore) {
                Claim c = claims.get(index);
                claims.set(index, new Claim(c.value(), c.low(), c.qualifier(), reportedBy.get(0), c.kind(), c.location(),
                        c.evidence(), c.evidenceStart(), c.evidenceEnd()));
            }
        }
        List<Integer> unclaimedHere = new ArrayList<>();

        if (!figures.isEmpty()) {
            TroopFigures troops = new TroopFigures(tokens, aliasAt, personnelHere);
            Boolean history = null;
            TroopFigure previousTroop = null;
            for (FigureMention f : figures) {
                TroopFigure troop = troops.classify(f, sentencesSinceForce <= 3, personnelBefore);
                if (troop == null) {
                    continue;
                }
                troop = troops.sharingTheVerbOf(troop, previousTroop);
                previousTroop = troop;
                if (history == null) {
                    history = isHistory(tokens, aliases); // asked only of sentences that count troops
                }
                if (history) {
                    break;
                }
                defaulted = false;
                List<String> sources = claimants(tokens, found, f, continues);
                for (String source : sources) {
                    int index = claims.size();
                    Claim claim = new Claim((long) f.value(), f.low() == null ? null : f.low().longValue(), f.qualifier(),
                            source, troop.kind(), troop.location(), new String(text, span.start(), span.end() - span.start()),
                            span.start(), span.end());
                    if (add(claim) && defaulted) {
                        unclaimedHere.add(index);
                    }
                }
            }
        }
        for (Attribution a : found) {
            if (a.named()) {
                lastNamed = a.sources();
            }
        }
        if (found.isEmpty()) {
            // "Budanov spoke to reporters. He said ...": a named person is whom a pronoun points back to
            for (AliasMatch m : aliases) {
                if (m.alias().type() == EntityType.PERSON && m.sourceId() != null) {
                    lastNamed = List.of(m.sourceId());
                    break;
                }
            }
        }
        unclaimedBefore = unclaimedHere;
        quoteLeftOpen = opensQuoteLeftOpen(tokens) || quoteLeftOpen && !tokens.has(Lexicon.QUOTE_MARKS);
        if (!found.isEmpty()) {
            previousClaimant = found.get(found.size() - 1).sources();
        } else if (!continues) {
            previousClaimant = null;
        }
        previousParagraph = paragraph;
    }

    public List<Claim> claims() {
        return List.copyOf(claims);
    }

    private List<String> claimants(List<Token> tokens, List<Attribution> found, FigureMention f, boolean continues) {
        Attribution before = null;
        Attribution after = null;
        for (Attribution a : found) {
            // "France's intelligence service estimated 6,000": the verb may open the figure's qualifier
            if (a.position() < f.first() || a.position() < f.numStart() && tokens.get(a.position()).is("estimated")) {
                before = a;
            } else if (a.position() > f.last() && after == null) {
                after = a;
            }
        }
        Attribution chosen = before != null ? before : after;
        if (chosen != null && !chosen.named()) {
            for (Attribution a : found) {
                // an unnamed speaker relaying a named party's briefing speaks for that party;
                // "images showed 400 soldiers ..., the NIS said": the closing speaker vouches for it
                if (a.named() && a.position() > chosen.position() && (a.relayed() || closesSentence(tokens, a.position(), f.last()))) {
                    chosen = a;
                    break;
                }
            }
        }
        int from = before != null ? before.position() : 0;
        for (int k = from; k < f.first(); k++) {
            if (tokens.get(k).in(Lexicon.RUMOUR)) {
                return List.of(Claim.UNATTRIBUTED);
            }
        }
        if (chosen != null) {
            defaulted = !chosen.named(); // "Rep. Lee said ...", a speaker the registry does not know (yet)
            return chosen.sources();
        }
        if (turnSpeaker != null) {
            return turnSpeaker; // a briefer's own statement
        }
        if (continues) {
            return previousClaimant;
        }
        defaulted = true;
        return List.of(Claim.UNATTRIBUTED);
    }

    /**
     * A transcript's speaker label opening a paragraph: "MS. SINGH:", "DEPUTY PRESS SECRETARY
     * SABRINA SINGH:", "Q:". Words in capitals (and their periods) up to a colon; the party of
     * a name in it, else unattributed (a reporter's question, a speaker the registry does not know).
     * Null when the paragraph opens with no label.
     */
    private List<String> speakerLabel(Tokens tokens, List<AliasMatch> aliases, boolean isTitle) {
        int colon = -1;
        for (int k = 0; k < Math.min(tokens.size(), 9); k++) {
            Token t = tokens.get(k);
            if (t.is(":")) {
                colon = k;
                break;
            }
            if (!(t.is(".") || t.isWord() && isShouted(t.text()))) {
                return null;
            }
        }
        if (colon < 1) {
            return null;
        }
        for (AliasMatch m : aliases) {
            // a headline's "NIS: ..." names a claimant, not a turn; a transcript's first line may open with one
            boolean person = m.alias().type() == EntityType.PERSON;
            if (m.last() < colon && m.sourceId() != null && (person || !isTitle && m.alias().type() != EntityType.OUTLET)) {
                return List.of(m.sourceId());
            }
        }
        if (isTitle) {
            return null;
        }
        List<String> known = speakers.get(tokens.get(colon - 1).lower());
        if (known != null) {
            return known;
        }
        // "Q:", "MR. SMITH:": a turn of someone who speaks for no party the registry knows;
        // other capitals before a colon ("READ MORE:", "UPDATE:") are page furniture, not turns
        Token first = tokens.get(0);
        return first.in(TURN_OPENERS) || first.is("a") && tokens.get(1).is(":") ? List.of(Claim.UNATTRIBUTED) : null;
    }

    /** What opens a transcript turn of a speaker the registry does not know. */
    private static final WordClass TURN_OPENERS = WordClass.of(
            "q", "question", "questioner", "reporter", "moderator", "mr", "ms", "mrs", "dr", "operator");

    private static boolean isShouted(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Who speaks again in a sentence that only says how the speaker knew: "he", "Lee", "the lawmaker". */
    private static final WordClass SPEAKER_AGAIN = WordClass.of("he", "she", "they", "the");

    /**
     * "Lee was speaking after being briefed by NIS officials.", "He spoke after a closed-door
     * briefing by the agency.": a sentence with no figure, about the speaker of the sentence
     * before, that names whose briefing it was; that party is the claimant of what the speaker
     * said. Null for any other sentence.
     */
    private static List<String> briefedSpeaker(Tokens tokens, List<Attribution> found) {
        if (tokens.size() < 4 || !(tokens.get(0).in(SPEAKER_AGAIN) || tokens.get(0).isCapitalized() && tokens.get(1).in(Lexicon.PASSIVE_BE)
                || tokens.get(0).isCapitalized() && tokens.get(1).isCapitalized())) {
            return null;
        }
        for (Attribution a : found) {
            if (a.relayed() && a.named()) {
                return a.sources();
            }
        }
        return null;
    }

    private static final WordClass FIGURE_NOUNS = WordClass.of("figure", "number", "estimate", "tally", "toll", "count");

    /** "\"12,000 have arrived.": a sentence that opens a quotation and does not close it. */
    private static boolean opensQuoteLeftOpen(Tokens tokens) {
        if (tokens.isEmpty() || !Lexicon.isQuote(tokens.get(0))) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (Lexicon.isQuote(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "... 3,800 killed or wounded,\" he told a podcaster.": the speaker named after the quotation
     * closes speaks for the sentences of the quotation before; null when none is named there.
     */
    private static List<String> speakerAfterClosingQuote(Tokens tokens, List<Attribution> found) {
        int close = -1;
        for (int k = 0; k < tokens.size(); k++) {
            if (Lexicon.isQuote(tokens.get(k))) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        for (Attribution a : found) {
            if (a.position() > close && a.position() <= close + 4 && a.named()) {
                return a.sources();
            }
        }
        return null;
    }

    /** "This", "that", "it": what points back to the sentence before as what was reported. */
    private static final WordClass SENTENCE_BEFORE = WordClass.of("this", "that", "it", "these");
    /** "This decision", "This information": the matter of the sentence before. */
    private static final WordClass REPORTED_MATTER = WordClass.of(
            "decision", "information", "figure", "number", "estimate", "data", "news", "plan", "announcement");

    /**
     * "This was reported by the head of Ukraine's military intelligence, Kyrylo Budanov.":
     * Ukrainian and Russian outlets often name the claimant of a report after it. The claimant
     * of a sentence that opens "This/That/It was reported (stated, said, announced) by X";
     * null for any other sentence.
     */
    private static List<String> reportsTheSentenceBefore(Tokens tokens, List<Attribution> found) {
        if (tokens.size() < 5 || !tokens.get(0).in(SENTENCE_BEFORE)) {
            return null;
        }
        // "This was reported by X"; "This decision was made by Kim, the agency reports, citing Shoigu"
        int be = tokens.get(1).in(REPORTED_MATTER) ? 2 : 1;
        if (!tokens.get(be).in(Lexicon.PASSIVE_BE)) {
            return null;
        }
        boolean reportedBy = tokens.get(be + 1).in(Lexicon.REPORTING) && tokens.get(be + 2).is("by");
        for (Attribution a : found) {
            if (a.named() && (reportedBy || a.relayed())) {
                return a.sources();
            }
        }
        return null;
    }

    /**
     * "During the Vietnam War, North Korea sent about 200 pilots", "In 1967, ...": a past war
     * (one whose name holds none of the story's parties: "the Ukraine War" is this one)
     * or a year long before the article. "Since the Korean War" does not date the figure.
     */
    private boolean isHistory(Tokens tokens, List<AliasMatch> aliases) {
        if (!tokens.has(PAST_MARKERS)) {
            return false;
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).in(PAST_MARKERS)) {
                continue;
            }
            int j = k + 1;
            if (tokens.get(j).is("the") && j + 1 < tokens.size()) {
                j++;
            }
            Token first = tokens.get(j);
            if (first.isNumber() && articleYear != null && first.length() == 4) {
                int year = Integer.parseInt(first.text());
                if (year >= 1800 && articleYear - year >= HISTORY_YEARS) {
                    return true;
                }
            }
            // a capitalised name ending in "War", years allowed in it ("the 1950-53 Korean War")
            for (int w = j; w < Math.min(tokens.size(), j + 6); w++) {
                Token t = tokens.get(w);
                if (t.text().equals("War") && w > j) {
                    return !namesAParty(aliases, j, w);
                }
                if (!(t.isCapitalized() || t.isNumber() || t.is("-")) || t.isWord() && t.text().indexOf('-') > 0) {
                    break; // "the Russia-Ukraine War" may name this war's parties in one word
                }
            }
        }
        return false;
    }

    private static boolean namesAParty(List<AliasMatch> aliases, int from, int to) {
        for (AliasMatch m : aliases) {
            if (m.first() >= from && m.last() <= to && m.sourceId() != null && m.alias().storyParty()) {
                return true;
            }
        }
        return false;
    }

    /** "..., the NIS said." : a reporting verb after a comma that follows the figure, at the sentence's end. */
    private static boolean closesSentence(List<Token> tokens, int verb, int figureLast) {
        // "\"...,\" said the South Korean Joint Chiefs of Staff.": a long name may follow an inverted verb
        int tail = tokens.size() - verb;
        if (tail > 6 && !(tail <= 12 && verb > 0 && (tokens.get(verb - 1).is(",") || Lexicon.isQuote(tokens.get(verb - 1))))) {
            return false;
        }
        for (int k = verb - 1; k > figureLast; k--) {
            if (tokens.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that hedges ("There are also indications that ...", "It is believed ...")
     * or gives the writer's background ("... had been sent earlier in the year") starts a
     * new matter: it does not continue the previous sentence's report.
     */
    private static boolean opensNewMatter(Tokens tokens) {
        if (tokens.size() < 3) {
            return true;
        }
        String w0 = tokens.get(0).lower();
        String w1 = tokens.get(1).lower();
        String w2 = tokens.get(2).lower();
        if ((w0.equals("this") || w0.equals("that") || w0.equals("the")) && tokens.get(1).in(FIGURE_NOUNS)) {
            return false; // "This figure is nearly half of the 11,000 sent last year": the report goes on
        }
        if (w0.equals("there") && (w1.equals("are") || w1.equals("is") || w1.equals("were") || w1.equals("was")
                || w1.equals("have") || w1.equals("has"))) {
            return true;
        }
        if (w0.equals("it") && (w1.equals("is") || w1.equals("was") || w1.equals("has")) && (w2.equals("believed")
                || w2.equals("thought") || w2.equals("rumored") || w2.equals("rumoured") || w2.equals("reported")
                || w2.equals("said") || w2.equals("understood") || w2.equals("unclear") || w2.equals("estimated")
                || w2.equals("been"))) {
            return true;
        }
        if (tokens.get(0).in(Lexicon.HEDGE_NOUNS) || w0.equals("some") && tokens.get(1).in(Lexicon.UNNAMED)
                || tokens.get(0).in(Lexicon.UNNAMED) && !w0.equals("officials")) {
            return true;
        }
        if (hedgedPassive(tokens)) {
            return true;
        }
        if (!tokens.has(BACKGROUND)) {
            return false;
        }
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).in(BACKGROUND)) {
                continue;
            }
            String w = tokens.get(k).lower();
            String next = tokens.get(k + 1).lower();
            if (w.equals("earlier") && (next.equals("in") || next.equals("this") || next.equals("that"))
                    || w.equals("previously") || w.equals("last") && next.equals("year")) {
                return true;
            }
        }
        return false;
    }

    /** Passives that hedge a statement without saying whose it is: "are reported to", "is said to". */
    private static final WordClass HEDGING_PARTICIPLES = WordClass.of(
            "reported", "said", "believed", "thought", "rumoured", "rumored", "understood", "alleged");

    /** "around 1,000 are reported to have been killed": the writer relays a report and names no one. */
    private static boolean hedgedPassive(Tokens tokens) {
        if (!tokens.has(HEDGING_PARTICIPLES)) {
            return false;
        }
        for (int k = 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).in(HEDGING_PARTICIPLES) && tokens.get(k - 1).in(Lexicon.PASSIVE_BE) && tokens.get(k + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the claim is new to the article */
    private boolean add(Claim c) {
        for (Claim existing : claims) {
            if (existing.sameClaimAs(c)) {
                return false; // one claim per article; the first sentence is its evidence
            }
            if (existing.kind() == Kind.CASUALTIES && c.kind() != Kind.CASUALTIES && existing.value() == c.value()
                    && Objects.equals(existing.low(), c.low()) && existing.source().equals(c.source())) {
                return false; // "two prisoners of war" then "two soldiers ... excluded": one loss count, not also a deployment
            }
        }
        return claims.add(c);
    }
}
