package io.newstally.enrich.claims;

import java.util.List;
import java.util.function.Function;

/**
 * Who claims a counted figure: an ordered list of sieves. The narrowest attribution frame around
 * the figure decides first (a rumour or a denial among them); then a quotation's speaker, a
 * transcript's turn, the report the sentence goes on with, and, last, nobody.
 */
final class ClaimantSieves {

    /** What the claimant sieves read: the figure in its sentence, the sentence's frames, the article so far. */
    record Input(Counted c, List<Frame> frames, boolean continues) {
    }

    /**
     * A claimant decision.
     *
     * @param parties   one claim each; {@code [UNATTRIBUTED]} for nobody
     * @param rule      the sieve, or the frame sieve, that named them
     * @param defaulted nobody was named: a later sentence may still name the claimant ("This was reported by X")
     */
    record Attribution(List<String> parties, String rule, boolean defaulted, boolean byOfficial) {

        Attribution(List<String> parties, String rule, boolean defaulted) {
            this(parties, rule, defaulted, false);
        }
    }

    private ClaimantSieves() {
    }

    private static Sieve<Input, Attribution> sieve(String name, String phenomenon, Function<Input, Attribution> rule) {
        return new Sieve<>(name, phenomenon, rule);
    }

    static final Sieve.Chain<Input, Attribution> CHAIN = new Sieve.Chain<>("claimant", List.of(
            sieve("writers-aside", "A figure in the writer's aside in brackets, with no frame of its own there, is nobody's: "
                    + "\"(about $22 million for 11,000 troops)\".", ClaimantSieves::writersAside),
            sieve("narrowest-frame", "The narrowest attribution frame around the figure names its claimant (the frame sieves: "
                    + "according-to, reporting-verb, headline-source, ...); a relay in it (citing, briefed-by) names whose "
                    + "knowledge it is; a rumour, question or denial names nobody; an unnamed official (\"a defense official said\") is "
                    + "the force's state's once it counts its own people in the article.", ClaimantSieves::narrowestFrame),
            sieve("quotation-speaker", "A figure in a quotation that runs over sentences is its speaker's, named where it "
                    + "opened or where it closes.", ClaimantSieves::quotationSpeaker),
            sieve("transcript-turn", "In a transcript, what a speaker says in their turn (\"MS. SINGH: ...\") is theirs.",
                    in -> in.c().d.turnSpeaker != null ? new Attribution(in.c().d.turnSpeaker, "transcript-turn", false) : null),
            sieve("new-matter", "A sentence that names nobody and opens a new matter, hedged (\"There are indications\", "
                    + "\"are reported to\") or as background (\"earlier in the year\"), is nobody's claim.",
                    ClaimantSieves::newMatter),
            sieve("own-sending", "A state that counts its own people in the article (\"the Pentagon said 900 more troops would "
                    + "deploy\") speaks for its own sendings that name nobody else: \"the Pentagon is sending 1,500 more troops\"; "
                    + "a state that never counts them (troops sent in secret) does not, nor does the writer's background.", ClaimantSieves::ownSending),
            sieve("continues-report", "A sentence that names nobody continues the report of the sentence before it, in the "
                    + "same paragraph or the next.", in -> in.continues() && in.c().d.previousClaimant != null
                    ? new Attribution(in.c().d.previousClaimant, "continues-report",
                    in.c().d.previousClaimant.equals(Who.UNATTRIBUTED)) : null),
            sieve("unattributed", "A figure stated with no claimant is nobody's.",
                    in -> new Attribution(Who.UNATTRIBUTED, "unattributed", true))));

    private static Attribution narrowestFrame(Input in) {
        int at = in.c().f.numStart();
        int[] aside = bracketsAround(in.c().s, at);
        Frame best = null;
        for (Frame f : in.frames()) {
            // "(about $22 million for 11,000 troops)": the writer's aside in brackets is no frame's outside them
            boolean outsideAside = aside != null && (f.anchor() < aside[0] || f.anchor() > aside[1]);
            if (f.covers(at) && !outsideAside && (best == null || f.width() < best.width())) {
                best = f;
            }
        }

        if (best == null) {
            return null;
        }
        if (best.attributesToNobody()) {
            return new Attribution(Who.UNATTRIBUTED, best.rule(), false);
        }
        if (best.who().type() == Who.Type.UNNAMED && (best.relay() == null || !best.relay().isNamed())) {
            // "The Pentagon estimates that N, a spokesperson told reporters": an unnamed speaker relays the named
            // party whose frame stands inside its own
            for (Frame f : in.frames()) {
                if (f != best && f.covers(at) && f.who() != null && f.who().isNamed() && best.covers(f.anchor())) {
                    best = f;
                    break;
                }
            }
        }
        if (best.who().type() == Who.Type.UNNAMED && (best.relay() == null || !best.relay().isNamed())
                && in.c().s.inQuote(best.anchor())) {
            // "..., with estimates suggesting that casualties surpassed 3,000,” Lee said": a speaker who names a
            // party presents what unnamed sources suggest as their own
            Frame outer = null;
            for (Frame f : in.frames()) {
                if (f != best && f.covers(best.anchor()) && f.who() != null && f.who().isNamed()
                        && (outer == null || f.width() < outer.width())) {
                    outer = f;
                }
            }
            if (outer != null) {
                best = outer;
            }
        }
        if (best.relay() != null && best.relay().isNamed()) {
            return new Attribution(best.relay().parties(), best.relayRule(), false);
        }
        List<String> parties = resolve(best.who(), in, best);
        if (parties == null) {
            return null; // "we" with no speaker known yet: the quotation's speaker decides
        }
        boolean named = !parties.equals(Who.UNATTRIBUTED);
        boolean official = best.who().equals(Who.UNNAMED_OFFICIAL) || best.who().equals(Who.BACK_GOVERNMENT);
        return new Attribution(parties, best.rule(), !named, official);
    }

    private static Attribution ownSending(Input in) {
        String state = in.c().forceStateSender();
        return state != null && state.equals(in.c().d.forceStateCounts)
                ? new Attribution(List.of(state), "own-sending", false) : null;
    }

    private static Attribution writersAside(Input in) {
        int at = in.c().f.numStart();
        int[] aside = bracketsAround(in.c().s, at);
        if (aside == null) {
            return null;
        }
        for (Frame f : in.frames()) {
            if (f.covers(at) && f.anchor() >= aside[0] && f.anchor() <= aside[1]) {
                return null; // "(the NIS says 3,000)": a frame of its own inside the brackets
            }
        }
        return new Attribution(Who.UNATTRIBUTED, "writers-aside", true);
    }

    /** The brackets around token k, [open, close], or null. */
    private static int[] bracketsAround(Sentence s, int k) {
        int open = -1;
        for (int j = k - 1; j >= Math.max(0, k - 12); j--) {
            if (s.is(j, ")")) {
                return null;
            }
            if (s.is(j, "(")) {
                open = j;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 12); j++) {
            if (s.is(j, ")")) {
                return new int[] {open, j};
            }
            if (s.is(j, "(")) {
                return null;
            }
        }
        return null;
    }

    /** The parties a frame's speaker stands for, "he" and "we" resolved; null for "we" whose speaker is not known yet. */
    static List<String> resolve(Who who, Input in, Frame frame) {
        Discourse d = in.c().d;
        switch (who.type()) {
            case NAMED:
                return who.parties();
            case BACK:
                // "Brekelmans stated that his country's intelligence believes ...": the speaker named before it in the sentence
                Frame before = null;
                for (Frame f : in.frames()) {
                    if (f.anchor() < frame.anchor() && f.who() != null && f.who().isNamed()
                            && (before == null || f.anchor() > before.anchor())) {
                        before = f;
                    }
                }
                if (before != null) {
                    return before.who().parties();
                }
                List<String> pointed = d.pointedTo(who.ref());
                return pointed != null ? pointed : Who.UNATTRIBUTED;
            case FIRST_PERSON:
                // "“We assess that ...,” Kirby said": the speaker of the quotation, named around it
                for (Frame f : in.frames()) {
                    if (f != frame && f.covers(frame.anchor()) && f.who() != null && f.who().type() != Who.Type.FIRST_PERSON) {
                        return resolve(f.who(), in, f);
                    }
                }
                if (d.openQuoteSpeaker != null && in.c().s.inQuote(frame.anchor())) {
                    return d.openQuoteSpeaker;
                }
                if (d.turnSpeaker != null) {
                    return d.turnSpeaker;
                }
                return in.c().s.inQuote(frame.anchor()) ? null : Who.UNATTRIBUTED;
            default:
                return d.unnamedSpeaker(who);
        }
    }

    private static Attribution quotationSpeaker(Input in) {
        Sentence s = in.c().s;
        int at = in.c().f.numStart();
        if (!s.inQuote(at)) {
            return null;
        }
        Discourse d = in.c().d;
        if (s.quoteOpen(at) < 0 && d.openQuoteSpeaker != null) {
            return new Attribution(d.openQuoteSpeaker, "quotation-speaker", false);
        }
        // its speaker is named where it closes, in a later sentence: nobody until then
        return s.quoteClose(at) == s.size() ? new Attribution(Who.UNATTRIBUTED, "quotation-speaker", true) : null;
    }

    private static Attribution newMatter(Input in) {
        return opensNewMatter(in.c().s) ? new Attribution(Who.UNATTRIBUTED, "new-matter", true) : null;
    }

    /**
     * A sentence that hedges ("There are also indications that ...", "It is believed ...") or gives
     * the writer's background ("... had been sent earlier in the year") starts a new matter: it does
     * not continue the previous sentence's report.
     */
    static boolean opensNewMatter(Sentence s) {
        if (s.size() < 3) {
            return true;
        }
        String w0 = s.get(0).lower();
        String w1 = s.get(1).lower();
        if ((w0.equals("this") || w0.equals("that") || w0.equals("the")) && s.in(1, Lexicon.COUNT_NOUNS)) {
            return false; // "This figure is nearly half of the 11,000 sent last year": the report goes on
        }
        if (w0.equals("there") && (w1.equals("are") || w1.equals("is") || w1.equals("were") || w1.equals("was")
                || w1.equals("have") || w1.equals("has"))) {
            return true;
        }
        if (w0.equals("it") && s.in(1, Lexicon.PASSIVE_BE) && (s.in(2, Lexicon.HEDGING_PARTICIPLES) || s.is(2, "unclear")
                || s.is(2, "been"))) {
            return true;
        }
        if (s.in(0, Lexicon.HEDGE_NOUNS) || w0.equals("some") && s.in(1, Lexicon.UNNAMED)
                || s.in(0, Lexicon.UNNAMED) && !w0.equals("officials")) {
            return true;
        }
        if (hedgedPassive(s) || datedSending(s)) {
            return true;
        }
        if (!s.has(Lexicon.BACKGROUND)) {
            return false;
        }
        for (int k = 0; k + 1 < s.size(); k++) {
            if (!s.in(k, Lexicon.BACKGROUND)) {
                continue;
            }
            String w = s.get(k).lower();
            String next = s.get(k + 1).lower();
            if (w.equals("earlier") && (next.equals("in") || next.equals("this") || next.equals("that"))
                    || w.equals("previously") || w.equals("last") && next.equals("year")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Pyongyang sent about 1,000 engineer troops in August to Kursk": the writer recounts when a
     * sending happened, as background, with a past verb of sending and a date ("in August", "in 2024",
     * "last year").
     */
    private static boolean datedSending(Sentence s) {
        if (!s.has(Lexicon.SENT) || !s.has(Lexicon.MONTHS) && !s.has(Lexicon.TIME_WORDS) && !s.has(Lexicon.PAST_MARKERS)) {
            return false;
        }
        boolean sent = false;
        boolean dated = false;
        for (int k = 0; k < s.size(); k++) {
            // a simple past ("sent", "were deployed"), not a present perfect ("have been sent")
            if (s.in(k, Lexicon.SENT) && !s.is(k - 1, "have") && !s.is(k - 1, "has") && !s.is(k - 1, "been")) {
                sent = true;
            }
            if (s.is(k, "in") && (s.in(k + 1, Lexicon.MONTHS) && !(k + 2 < s.size() && s.get(k + 2).isNumber())
                    || k + 1 < s.size() && s.get(k + 1).isNumber() && s.get(k + 1).length() == 4)
                    || s.is(k, "last") && (s.is(k + 1, "year") || s.in(k + 1, Lexicon.MONTHS))) {
                dated = true;
            }
        }
        return sent && dated;
    }

    /** "around 1,000 are reported to have been killed": the writer relays a report and names no one. */
    private static boolean hedgedPassive(Sentence s) {
        if (!s.has(Lexicon.HEDGING_PARTICIPLES)) {
            return false;
        }
        for (int k = 1; k + 1 < s.size(); k++) {
            if (s.in(k, Lexicon.HEDGING_PARTICIPLES) && s.in(k - 1, Lexicon.PASSIVE_BE) && s.is(k + 1, "to")) {
                return true;
            }
        }
        return false;
    }
}
