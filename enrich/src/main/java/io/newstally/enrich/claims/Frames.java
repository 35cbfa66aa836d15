package io.newstally.enrich.claims;

import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The attribution frames of a sentence: each finder is a sieve that marks what a reporting
 * construction presents as someone's knowledge. Every finder runs; a figure then belongs to the
 * narrowest frame around it ({@link ClaimantSieves}). Relays ("citing X", "after a briefing by
 * X") name whose knowledge the speaker of the nearest frame passes on.
 */
final class Frames {

    /** What a frame finder reads: the sentence and what the article said before it. */
    record Input(Sentence s, Discourse d) {
    }

    private static Sieve<Input, List<Frame>> sieve(String name, String phenomenon, BiFunction<Sentence, Discourse, List<Frame>> f) {
        return new Sieve<>(name, phenomenon, in -> f.apply(in.s(), in.d()));
    }

    /** The frame finders, in the order they run (their order matters only for reading). */
    static final List<Sieve<Input, List<Frame>>> FINDERS = List.of(
            sieve("headline-source", "A headline names its source before a colon, or after a colon or a dash at its end: "
                    + "\"NIS: ...\", \"...: Seoul lawmaker\", \"... - Pentagon\".", Frames::headline),
            sieve("according-to", "\"According to X\" presents what stands around it in its clause as X's knowledge.",
                    Frames::accordingTo),
            sieve("quoted-as-saying", "\"Y quoted X as saying ...\": the one quoted is the claimant, not the one quoting.",
                    Frames::quotedAsSaying),
            sieve("passive-agent", "\"... were estimated by X\", \"as reported by X\": the agent of a passive reporting verb.",
                    Frames::passiveAgent),
            sieve("reporting-verb", "The subject of a reporting verb owns what the verb reports, after it (\"X said ...\") "
                    + "or before it (\"..., X said\", \"..., said X\"), also through \"who\" or \"which\".", Frames::reportingVerb),
            sieve("estimate-of", "A party's estimate as a noun: \"X's estimate of N\", \"figures from X suggest N\", "
                    + "\"X offered an estimate of N\".", Frames::estimateOf),
            sieve("rumour-or-question", "A rumour or a question asserts nothing: \"unconfirmed reports that N\", "
                    + "\"did not know whether N\".", Frames::rumour),
            sieve("denial", "What a party denies is not its claim: \"X denied reports that N\".", Frames::denial));

    /** Frame finders that name nobody, or a figure's source only: a sentence without a figure skips them. */
    private static final java.util.Set<String> NOBODYS = java.util.Set.of("rumour-or-question", "denial", "estimate-of");

    /** Relays: whose knowledge the speaker of the nearest frame passes on. */
    static final List<Sieve<Input, List<Frame>>> RELAYS = List.of(
            sieve("citing", "\"X said, citing Y\", \"Y's assessment, quoted by X\": Y is whose knowledge it is.", Frames::citing),
            sieve("briefed-by", "\"a lawmaker said after a briefing by X\", \"briefed by X\": the party that briefed is the claimant.",
                    Frames::briefedBy));

    private Frames() {
    }

    /** Every frame of the sentence, relays attached to the frame each serves. */
    static List<Frame> find(Sentence s, Discourse d) {
        if (!s.isTitle && !s.has(Lexicon.FRAME_WORDS)) {
            return new ArrayList<>(0); // most sentences: no word any finder turns on
        }
        Input in = new Input(s, d);
        List<Frame> frames = new ArrayList<>();
        for (Sieve<Input, List<Frame>> f : FINDERS) {
            if (s.figures.isEmpty() && NOBODYS.contains(f.name())) {
                continue; // a sentence with no figure needs only the frames that name a speaker for the next ones
            }
            frames.addAll(f.rule().apply(in));
        }
        for (Sieve<Input, List<Frame>> r : RELAYS) {
            for (Frame relay : r.rule().apply(in)) {
                attach(frames, relay);
            }
        }
        return frames;
    }

    /** A relay serves the speaking frame nearest to it; with none, it is a frame of its own over the sentence. */
    private static void attach(List<Frame> frames, Frame relay) {
        int best = -1;
        int distance = Integer.MAX_VALUE;
        for (int i = 0; i < frames.size(); i++) {
            Frame f = frames.get(i);
            if (f.attributesToNobody() || f.rule().equals("headline-source") || f.rule().equals("estimate-of")) {
                continue;
            }
            int gap = Math.abs(f.anchor() - relay.anchor());
            if (gap < distance) {
                distance = gap;
                best = i;
            }
        }
        if (best >= 0) {
            Frame f = frames.get(best);
            // every frame of that speaker serves the relay ("said" may hold two scopes)
            for (int i = 0; i < frames.size(); i++) {
                if (frames.get(i).anchor() == f.anchor() && frames.get(i).relay() == null) {
                    frames.set(i, frames.get(i).withRelay(relay.who(), relay.rule()));
                }
            }
        } else {
            frames.add(relay);
        }
    }

    // ---- headline-source ----

    private static List<Frame> headline(Sentence s, Discourse d) {
        if (!s.isTitle) {
            return List.of();
        }
        int last = lastContent(s);
        // "NIS: ...", "US, South Korea: ...": parties at the start, then a colon
        int end = Parties.phraseEndAfter(s, 0);
        if (end >= 0 && s.is(end + 1, ":")) {
            Who who = Parties.interpret(s, 0, end, d);
            if (who != null && who.isNamed()) {
                return List.of(new Frame("headline-source", end + 1, end + 2, last, who));
            }
        }
        // "National Intelligence Service “1,500 ... arrive”": a party, then its words in quotation marks
        if (end >= 0 && end + 1 < s.size() && Lexicon.isQuote(s.get(end + 1))) {
            Who who = Parties.interpret(s, 0, end, d);
            if (who != null && who.isNamed()) {
                return List.of(new Frame("headline-source", end + 1, end + 1, last, who));
            }
        }
        // "...: South Korean intelligence", "... - Pentagon": a party at the end, after a colon or a spaced dash
        for (int k = last; k > 0; k--) {
            if (s.is(k, ":") || isSpacedDash(s, k)) {
                int phraseEnd = Parties.phraseEndAfter(s, k + 1);
                if (phraseEnd == last) {
                    Who who = Parties.interpret(s, k + 1, phraseEnd, d);
                    if (who != null && who.isNamed()) {
                        return List.of(new Frame("headline-source", k, 0, k - 1, who));
                    }
                }
                break;
            }
        }
        return List.of();
    }

    /** The last token that is not the sentence's closing punctuation. */
    private static int lastContent(Sentence s) {
        int last = s.size() - 1;
        while (last > 0 && (s.is(last, ".") || s.is(last, "!") || s.is(last, "?"))) {
            last--;
        }
        return last;
    }

    private static boolean isSpacedDash(Sentence s, int k) {
        Token t = s.get(k);
        return (t.is("\u2013") || t.is("\u2014") || t.is("-")) && k + 1 < s.size()
                && t.start() > s.get(k - 1).end() && s.get(k + 1).start() > t.end();
    }

    // ---- according-to ----

    private static List<Frame> accordingTo(Sentence s, Discourse d) {
        if (!s.has(Lexicon.REPORTING)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        for (int k = 0; k + 1 < s.size(); k++) {
            if (!s.in(k, Lexicon.REPORTING) || !s.is(k, "according") || !s.is(k + 1, "to")) {
                continue;
            }
            Who who = Parties.phraseAt(s, k + 2, d);
            if (who == null) {
                continue;
            }
            int end = Parties.phraseEndAfter(s, k + 2);
            out.addAll(around(s, "according-to", k, k, Math.max(end, k + 1), who));
        }
        return out;
    }

    /**
     * The frames of a phrase that attributes its clause, [first, last] in the sentence: the text
     * before it when a comma sets it off at its start ("..., according to X"), the text after it
     * when it opens the sentence or a comma sets it off at its end ("According to X, ...").
     */
    private static List<Frame> around(Sentence s, String rule, int anchor, int first, int last, Who who) {
        List<Frame> out = new ArrayList<>();
        int end = lastContent(s);
        boolean setOffBefore = first > 0 && (s.is(first - 1, ",") || Lexicon.isQuote(s.get(first - 1)) || s.is(first - 1, "("));
        // "Russia was estimated to have 2,000 ... but according to X, ...": another clause's text is not its
        int clause = first - 1;
        while (clause >= 0 && !(s.is(clause, "but") || s.is(clause, ";") || s.is(clause, "while") || s.is(clause, "whereas"))) {
            clause--;
        }
        if (first > 0 && clause < first - 1) {
            out.add(new Frame(rule, anchor, Math.max(0, clause + 1), first - 1, who));
        }
        // "According to X, ...", "..., according to X, ...", or in the middle of a clause: the text after it too
        if (last < end && (first == 0 || s.is(last + 1, ",") || !setOffBefore)) {
            out.add(new Frame(rule, anchor, last + 1, end, who));
        }
        return out;
    }

    // ---- quoted-as-saying ----

    private static List<Frame> quotedAsSaying(Sentence s, Discourse d) {
        if (!s.has(Lexicon.REPORTING)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            if (!s.in(v, Lexicon.REPORTING) || !s.is(v, "quoted")) {
                continue;
            }
            for (int k = v + 1; k + 1 < Math.min(s.size(), v + 14); k++) {
                if (s.is(k, "as") && (s.is(k + 1, "saying") || s.is(k + 1, "stating"))) {
                    // "Lee quoted the agency as saying", "the NIS was quoted as saying"
                    Who who = k > v + 1 ? Parties.phraseAt(s, v + 1, d) : null;
                    if (who == null && s.is(v - 1, "was") || who == null && s.is(v - 1, "were")) {
                        Parties.Subject subject = Parties.subjectBefore(s, v - 1, 0, d);
                        who = subject == null ? null : subject.who();
                    }
                    if (who != null) {
                        out.add(new Frame("quoted-as-saying", v, k + 2, lastContent(s), who));
                    }
                    break;
                }
                if (s.is(k, ",") || s.is(k, "that")) {
                    break;
                }
            }
        }
        return out;
    }

    // ---- passive-agent ----

    private static List<Frame> passiveAgent(Sentence s, Discourse d) {
        if (!s.has(Lexicon.REPORTING)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        for (int v = 1; v < s.size(); v++) {
            Token t = s.get(v);
            if (!t.in(Lexicon.REPORTING) || !t.lower().endsWith("ed") || t.is("cited") || s.alias(v) != null) {
                continue;
            }
            boolean passive = s.in(v - 1, Lexicon.EPISTEMIC) || s.is(v - 1, "is") || s.is(v - 1, "are") || s.is(v - 1, "was")
                    || s.is(v - 1, "were") || s.is(v - 1, "been") || s.is(v - 1, "be") || s.is(v - 1, "as");
            if (!passive) {
                continue;
            }
            for (int k = v + 1; k < Math.min(s.size(), v + 13); k++) {
                Token w = s.get(k);
                if (w.is("by")) {
                    Who who = Parties.phraseAt(s, k + 1, d);
                    if (who != null) {
                        int end = Parties.phraseEndAfter(s, k + 1);
                        out.add(new Frame("passive-agent", v, 0, v - 1, who));
                        if (end < lastContent(s)) {
                            out.add(new Frame("passive-agent", v, end + 1, lastContent(s), who));
                        }
                        out.add(new Frame("passive-agent", v, v + 1, k - 1, who));
                    }
                    break;
                }
                if (w.is(",") || w.is(";") || w.is("that") || Lexicon.isQuote(w) || w.in(Lexicon.REPORTING) && !w.is("estimated")) {
                    break;
                }
            }
        }
        return out;
    }

    // ---- reporting-verb ----

    private static List<Frame> reportingVerb(Sentence s, Discourse d) {
        if (!s.has(Lexicon.REPORTING) && !s.has(Lexicon.STANCES)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        int end = lastContent(s);
        Who previous = null;
        for (int v = 0; v < s.size(); v++) {
            Token t = s.get(v);
            if (!(t.in(Lexicon.REPORTING) || t.in(Lexicon.STANCES)) || s.alias(v) != null || t.is("according")
                    || t.is("citing") || t.is("cited") || t.is("quoting") || t.is("quoted") || !isVerbHere(s, v)) {
                continue;
            }
            if ((t.is("continue") || t.is("continues")) && !s.is(v + 1, ",")) {
                continue; // "the experts continue, noting that ..." reports; "losses continue at a high level" does not
            }
            int beforeVerb = Parties.skipBackOverAdverbs(s, v - 1, 0);
            if (t.lower().endsWith("ed") && beforeVerb >= 0 && (s.in(beforeVerb, Lexicon.EPISTEMIC) && !s.in(beforeVerb, Lexicon.REPORTING)
                    || s.in(beforeVerb, Lexicon.PASSIVE_BE) || s.is(beforeVerb, "as"))) {
                continue; // a passive ("was previously estimated"): the agent, if any, is passive-agent's
            }
            // "..., said the NIS", "“...,” said Kirby", "... work. previously reported X": a verb before its subject
            int b = Parties.skipBackOverAdverbs(s, v - 1, 0);
            boolean afterBreak = b >= 0 && b < v && (s.is(b, ",") || s.is(b, ".") || isClosingQuote(s, b));
            if (afterBreak && t.in(Lexicon.INVERTED) && !t.in(Lexicon.TAKES_HEARER)) {
                Who who = Parties.phraseAt(s, v + 1, d);
                if (who != null) {
                    out.add(new Frame("reporting-verb", v, 0, v - 1, who));
                    previous = who;
                    continue;
                }
            }
            Parties.Subject subject = Parties.subjectBefore(s, v, 0, d);
            int subjectStart = subject == null ? -1 : subject.start();
            Who who = subject == null ? null : subject.who();
            if (who == null) {
                // "Lee, who said that ...", "Seoul, which denounced the dispatch of ...": the phrase before the comma
                int k = Parties.skipBackOverAdverbs(s, v - 1, 0);
                if ((s.is(k, "who") || s.is(k, "which")) && s.is(k - 1, ",")) {
                    Parties.Subject antecedent = Parties.subjectBefore(s, k - 1, 0, d);
                    if (antecedent != null) {
                        who = antecedent.who();
                        subjectStart = antecedent.start();
                    }
                }
            }
            if (who == null && (t.lower().endsWith("ing") || s.is(v - 1, "and")) && previous != null) {
                who = previous; // "Kirby stated ..., adding that ...": the same speaker goes on
                subjectStart = v;
            }
            if (who == null && t.lower().endsWith("ing") && !s.in(v - 1, Lexicon.NOUN_MARKERS)) {
                // "South Korea's agency has given lower figures, saying ...": the participle's subject opens the clause
                int end0 = Parties.phraseEndAfter(s, 0);
                Who opening = end0 >= 0 && end0 < v ? Parties.interpret(s, 0, end0, d) : null;
                if (opening != null && opening.isNamed()) {
                    who = opening;
                    subjectStart = v;
                }
            }
            if (who == null) {
                continue;
            }
            previous = who;
            if (v < end) {
                out.add(new Frame("reporting-verb", v, v + 1, end, who));
            }
            // "..., South Korea's spy agency said": a subject set off by a comma or a quotation owns the clause before
            if (subjectStart > 1 && (s.is(subjectStart - 1, ",") || isClosingQuote(s, subjectStart - 1) || s.is(subjectStart - 1, "--")
                    || isSpacedDash(s, subjectStart - 1))) {
                out.add(new Frame("reporting-verb", v, 0, subjectStart - 2, who));
            }
        }
        return out;
    }

    private static boolean isClosingQuote(Sentence s, int k) {
        return k >= 0 && Lexicon.isQuote(s.get(k)) && (k == 0 || s.inQuote(k - 1));
    }

    /**
     * Whether a reporting word is a verb here: "reports", "claims", "estimates" are verbs only right
     * after a subject ("the agency estimates") or before "that"; "the first reports", "amid claims"
     * are nouns.
     */
    private static boolean isVerbHere(Sentence s, int v) {
        Token t = s.get(v);
        Token prev = v == 0 ? null : s.get(v - 1);
        if (t.in(Lexicon.STANCES) && (s.in(v + 1, Lexicon.REPORT_NOUNS) || s.is(v + 1, "the") && s.in(v + 2, Lexicon.REPORT_NOUNS))) {
            return false; // "Pyongyang condemned reports that ...": the figure is the reports', not the speaker's
        }
        if (prev != null && prev.in(Lexicon.NOUN_MARKERS) && !t.in(Lexicon.SAYS_ONLY)) {
            return false; // "the alleged presence", "the first reports"
        }
        if (t.lower().endsWith("ed") && s.is(v + 1, "at") && !s.is(v + 2, "least") && !s.is(v + 2, "most") && prev != null
                && !prev.in(Lexicon.PRONOUNS) && (s.aliasEndingAt(v - 1) == null)) {
            return false; // a headline's "casualties estimated at 4,700": a passive without its "be"
        }
        if (!t.in(Lexicon.REPORTING_NOUNS)) {
            return true;
        }
        if (prev == null) {
            return false;
        }
        if (s.is(v + 1, "that")) {
            return true; // "..., suggest that"
        }
        if ((prev.is(",") || Lexicon.isQuote(prev)) && v + 1 < s.size()
                && (s.aliasStartingAt(v + 1) != null || s.is(v + 1, "the") && s.aliasStartingAt(v + 2) != null)) {
            return true; // a headline's "..., claims Zelensky", "..., says NIS"
        }
        AliasMatch before = s.aliasEndingAt(v - 1);
        return before != null || prev.in(Lexicon.PRONOUNS) || prev.is("also") || prev.is("which") || prev.is("who")
                || prev.in(Lexicon.UNNAMED) || prev.in(Lexicon.AGENTS) || prev.is("to") && t.is("say") || prev.is("'s")
                || prev.is("and") || prev.is("now") || prev.is("still") || prev.is("we") || prev.is("i");
    }

    // ---- estimate-of ----

    private static List<Frame> estimateOf(Sentence s, Discourse d) {
        if (!s.has(Lexicon.ESTIMATE_NOUNS)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        int end = lastContent(s);
        for (int k = 0; k < s.size(); k++) {
            if (!s.in(k, Lexicon.ESTIMATE_NOUNS) || s.alias(k) != null) {
                continue;
            }
            // "figures from the UN suggest", "estimates by the Pentagon", "a report by Human Rights Watch"
            boolean figureFollows = s.is(k + 1, "of") && (figureAt(s, k + 2) || figureAt(s, k + 3) && !s.get(k + 2).isCapitalized());
            // "the number of North Korean troops" counts them; "a report of the UN" is the UN's
            boolean counts = s.is(k + 1, "of") && s.in(k, Lexicon.COUNT_NOUNS);
            if ((s.is(k + 1, "from") || s.is(k + 1, "by") || s.is(k + 1, "of")) && !s.is(k - 1, "according") && !figureFollows && !counts) {
                Who who = Parties.phraseAt(s, k + 2, d);
                if (who != null && who.isNamed()) {
                    out.add(new Frame("estimate-of", k, 0, end, who));
                    continue;
                }
            }
            // "the Pentagon's estimate of 11,000", "UN figures show", "Seoul's latest assessment puts the number at"
            int j = k - 1;
            while (j >= 0 && (s.in(j, Lexicon.AGENT_MODIFIERS) && !s.is(j, "the") && !s.is(j, "a") && s.alias(j) == null)) {
                j--;
            }
            if (s.is(j, "'s")) {
                j--;
            }
            AliasMatch owner = s.aliasEndingAt(j);
            if (Sentence.speaks(owner) && !s.in(k, Lexicon.REPORTING_NOUNS)) {
                out.add(new Frame("estimate-of", k, k + 1, end, Who.named(List.of(owner.sourceId()))));
                continue;
            }
            if (Sentence.speaks(owner) && s.in(k, Lexicon.REPORTING_NOUNS) && s.is(j + 1, "'s")) {
                out.add(new Frame("estimate-of", k, k + 1, end, Who.named(List.of(owner.sourceId()))));
                continue;
            }
            // "U.S. officials offered a lower estimate of around 1,200": a verb that gives the estimate
            for (int g = k - 1; g >= Math.max(0, k - 4); g--) {
                if (s.in(g, Lexicon.GIVING)) {
                    Parties.Subject subject = Parties.subjectBefore(s, g, 0, d);
                    if (subject != null) {
                        out.add(new Frame("estimate-of", g, g + 1, end, subject.who()));
                    }
                    break;
                }
                if (s.get(g).isNumber() || s.is(g, ",")) {
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a figure starts at token k: "of three thousand troops" is the figure, not whose it is. */
    private static boolean figureAt(Sentence s, int k) {
        for (var f : s.figures) {
            if (f.first() == k || f.numStart() == k) {
                return true;
            }
        }
        return false;
    }

    // ---- rumour-or-question, denial ----

    private static List<Frame> rumour(Sentence s, Discourse d) {
        if (!s.has(Lexicon.RUMOUR)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        int end = lastContent(s);
        for (int k = 0; k < s.size(); k++) {
            if (s.in(k, Lexicon.RUMOUR) && s.alias(k) == null) {
                out.add(new Frame("rumour-or-question", k, k, end, null));
                break;
            }
        }
        return out;
    }

    private static List<Frame> denial(Sentence s, Discourse d) {
        if (!s.has(Lexicon.DENIALS) && !s.has(Lexicon.STANCES) && !s.has(Lexicon.REPORT_NOUNS)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        int end = lastContent(s);
        for (int k = 0; k < s.size(); k++) {
            if (!(s.in(k, Lexicon.DENIALS) || s.in(k + 1, Lexicon.REPORT_NOUNS) || s.in(k + 2, Lexicon.REPORT_NOUNS))) {
                continue;
            }
            // "X denied that ...", "X condemned reports that ...": what is denied or condemned is the reports', nobody's here
            boolean denial = s.in(k, Lexicon.DENIALS);
            boolean condemnsReports = s.in(k, Lexicon.STANCES) && (s.in(k + 1, Lexicon.REPORT_NOUNS)
                    || s.is(k + 1, "the") && s.in(k + 2, Lexicon.REPORT_NOUNS));
            // "amid claims the government is close to hiring 1,000 mercenaries": reports no one is named for
            boolean amidReports = (s.is(k, "amid") || s.is(k, "despite") || s.is(k, "following") || s.is(k, "over"))
                    && (s.in(k + 1, Lexicon.REPORT_NOUNS) || s.is(k + 1, "the") && s.in(k + 2, Lexicon.REPORT_NOUNS))
                    && !s.is(k + 2, "by") && !s.is(k + 3, "by") && !s.is(k + 2, "from") && !s.is(k + 3, "from");
            if ((denial || condemnsReports || amidReports) && s.alias(k) == null && k < end) {
                out.add(new Frame("denial", k, k + 1, end, null));
                break;
            }
        }
        return out;
    }

    // ---- relays ----

    private static List<Frame> citing(Sentence s, Discourse d) {
        if (!s.has(Lexicon.RELAYS)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.in(k, Lexicon.RELAYS)) {
                Who who = Parties.phraseAt(s, k + 1, d);
                if (who != null) {
                    out.add(new Frame("citing", k, 0, lastContent(s), who));
                }
            }
        }
        return out;
    }

    private static List<Frame> briefedBy(Sentence s, Discourse d) {
        if (!s.has(Lexicon.BRIEFING)) {
            return List.of();
        }
        List<Frame> out = new ArrayList<>();
        for (int k = 0; k + 1 < s.size(); k++) {
            if (s.in(k, Lexicon.BRIEFING) && (s.is(k + 1, "by") || s.is(k + 1, "from") || s.is(k + 1, "of"))) {
                Who who = Parties.phraseAt(s, k + 2, d);
                if (who != null && who.isNamed()) {
                    out.add(new Frame("briefed-by", k, 0, lastContent(s), who));
                }
            }
        }
        return out;
    }
}
