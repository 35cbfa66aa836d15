package io.newstally.enrich.claims;

import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.WordClass;
import java.util.List;
import java.util.Set;

/**
 * Words of English news prose that the claim rules turn on. They describe the language, not
 * one story: who is being counted, how a report is attributed, how plans and losses are said.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** Heads of a noun phrase that counts members of a force. */
    static final WordClass PERSONNEL = WordClass.of(
            "troops", "troop", "soldiers", "soldier", "servicemen", "serviceman", "servicemembers",
            "personnel", "fighters", "forces", "men", "officers", "commandos", "sappers", "deminers",
            "engineers", "builders", "recruits", "marines", "paratroopers", "infantrymen", "infantry",
            "conscripts", "mercenaries", "specialists", "instructors", "advisers", "advisors",
            "members", "staff", "koreans", "operatives", "reinforcements", "militarymen", "gunners",
            "snipers", "pilots", "cadets", "guards", "stormtroopers", "contingent", "fighter", "generals",
            "commanders");

    /** Heads that count losses: the figure is a casualty figure. */
    static final WordClass CASUALTY_NOUNS = WordClass.of(
            "casualties", "dead", "deaths", "killed", "wounded", "injured", "prisoners", "pows", "losses",
            "captives", "bodies", "fatalities");

    /** Words that may stand between a number and its head noun. */
    static final WordClass MODIFIERS = WordClass.of(
            "more", "additional", "extra", "further", "other", "new", "elite", "special", "military",
            "combat", "regular", "active", "trained", "armed", "ground", "army", "reserve", "of", "its",
            "their", "his", "the", "'s", "-", "strong", "highly", "well", "young", "fresh", "frontline",
            "front-line", "assault", "infantry", "airborne", "naval", "navy", "artillery", "construction",
            "engineering", "technical", "support", "operations", "warfare", "forces", "storm", "korean",
            "heavily", "lightly", "crack", "battle-hardened", "uniformed", "enlisted", "such", "those",
            "these", "troop", "strike", "reconnaissance", "intelligence", "cyber", "tank", "labour", "labor",
            "regime", "state", "government", "allied", "foreign", "total", "engineer", "sapper", "demining",
            "mine-clearing", "specialist", "rifle", "motorised", "motorized");

    /** Stances that take the figure as known: "Seoul, which had denounced the dispatch of 10,000 troops". */
    static final WordClass STANCES = WordClass.of(
            "denounced", "condemned", "accused", "criticised", "criticized", "protested");

    private static final Set<String> REPORTING_WORDS = Set.of(
            "said", "says", "say", "saying", "told", "tells", "tell", "stated", "state", "confirmed",
            "confirms", "confirm", "confirming", "estimated", "estimates", "estimate", "believes",
            "believed", "believe", "reported", "reporting", "announced", "announces", "announce", "revealed",
            "reveals", "reveal", "warned", "warns", "claimed", "claims", "claim", "alleged", "alleges",
            "assessed", "assesses", "assess", "indicated", "indicates", "noted", "notes", "added", "adds",
            "wrote", "writes", "suggested", "suggests", "suggest", "showed", "shows", "disclosed",
            "discloses", "informed", "informs", "briefed", "testified", "acknowledged", "acknowledges",
            "admitted", "insisted", "explained", "asserted", "asserts", "published", "detected",
            "discovered", "expressed", "quoted", "calculated", "counted", "identified", "verified",
            "concluded", "determined", "thinks", "think", "thought", "assessment", "estimating", "stressed",
            "emphasized", "emphasised", "highlighted", "mentioned", "put", "puts", "cited", "citing",
            "tweeted", "posted", "according", "reports", "report", "stating", "adding", "observed",
            "learned", "understands", "projected", "predicted", "forecast", "alleging", "claiming",
            "warning", "announcing", "revealing", "disclosing", "expects", "expect", "anticipates", "predicts",
            "suggesting", "indicating", "showing");

    /** Verbs and phrases whose subject is the party that makes a claim; the stances too. */
    static final WordClass REPORTING = WordClass.where(w -> REPORTING_WORDS.contains(w) || STANCES.contains(w));

    /** Forms that are nouns more often than verbs: they report only right after their subject. */
    static final WordClass AMBIGUOUS_REPORTING = WordClass.of(
            "reports", "report", "claims", "claim", "estimates", "estimate", "state", "notes", "put",
            "puts", "assessment", "shows", "thought", "cited", "forecast", "projected", "predicted", "observed",
            "learned", "think", "say", "tell", "suggest", "confirm", "believe", "reveal", "assess", "announce",
            "expect");

    /** Who stands for a party without naming it: with no named party next to them, unattributed. */
    static final WordClass UNNAMED = WordClass.of(
            "officials", "official", "sources", "source", "agencies", "services", "diplomats", "diplomat", "analysts", "analyst",
            "experts", "expert", "observers", "reports", "report", "media", "people", "insiders",
            "lawmakers", "lawmaker", "intelligence", "authorities", "government", "military", "agency",
            "estimates", "assessments", "assessment", "ministry", "spokesperson", "spokesman",
            "spokeswoman", "service", "minister", "officer", "commander", "commanders", "data", "figures",
            "documents", "bloggers", "channels", "accounts", "footage", "outlets", "newspaper", "sources'",
            "milbloggers", "milblogger", "blogger", "commentators");

    /** Titles between a party and a person's name: "HUR spokesman Andriy Yusov". */
    static final WordClass SPEAKER_TITLES = WordClass.of(
            "spokesman", "spokeswoman", "spokesperson", "chief", "head", "director", "minister", "official",
            "commander", "lawmaker", "representative", "ambassador", "envoy", "adviser", "advisor", "secretary",
            "general", "deputy", "colonel", "officer", "president", "analyst", "researcher", "expert", "legislator");

    /** Quotation marks, straight and typographic. */
    static final WordClass QUOTE_MARKS = WordClass.of("\"", "\u201C", "\u201D");

    static boolean isQuote(Token t) {
        return t.in(QUOTE_MARKS);
    }

    static final WordClass PASSIVE_BE = WordClass.of("is", "are", "was", "were", "been", "be", "being");

    /** Pronouns that point back to the last named claimant. */
    static final WordClass PRONOUNS = WordClass.of("he", "she", "they", "it");

    /** Determiners that make a following noun ("the agency", "his government") point back. */
    static final WordClass BACK_DETERMINERS = WordClass.of("his", "her", "its", "their", "the", "this", "that");

    /** Nouns that, after a back-pointing determiner, stand for the last claimant. */
    static final WordClass BACK_NOUNS = WordClass.of(
            "agency", "ministry", "government", "intelligence", "service", "office", "spokesman",
            "spokeswoman", "spokesperson", "minister", "president", "chief", "director", "department",
            "administration", "lawmaker", "official", "country", "military", "leader", "secretary",
            "general", "commander", "assessment", "estimate", "statement", "briefing", "report",
            "analysis", "committee", "legislator", "envoy", "ambassador", "nation");

    /** Words that make a figure a rumour that no party asserts. */
    static final WordClass RUMOUR = WordClass.of(
            "rumored", "rumoured", "rumors", "rumours", "rumor", "rumour", "speculation", "speculated",
            "unconfirmed", "unverified", "purported",
            // "Putin said he did not know whether 10,000 ...": a question, asserted by nobody
            "whether");

    /** Verbs of sending: "plans to send 10,000". */
    static final WordClass SEND_VERBS = WordClass.of(
            "send", "deploy", "dispatch", "transfer", "commit", "provide", "add", "move", "bring",
            "station", "supply", "contribute", "mobilize", "mobilise", "despatch", "ship", "airlift", "join",
            "field", "rotate", "reinforce", "increase", "expand", "raise", "boost", "double", "triple");

    /** Intentions, before a figure: the figure is planned. */
    static final WordClass INTENT = WordClass.of(
            "plans", "plan", "planning", "planned", "intends", "intend", "intention", "intent",
            "intending", "aims", "aim", "considering", "considers", "preparing", "prepares", "ready",
            "readying", "pledged", "promised", "offered", "wants", "decided", "agreed", "expected",
            "expects", "could", "may", "might", "will", "would", "shall", "poised", "set", "due",
            "likely", "possibly", "potentially", "projected", "intentions", "preparations");

    /** Auxiliaries and modals of the verb group after a figure's noun. */
    static final WordClass MODALS = WordClass.of("will", "would", "could", "may", "might", "shall", "can", "to");

    static final WordClass AUXILIARIES = WordClass.of(
            "are", "is", "were", "was", "have", "has", "had", "been", "being", "be", "will", "would",
            "could", "may", "might", "shall", "can", "to", "do", "did", "not", "reportedly", "already",
            "now", "currently", "also", "still", "allegedly", "possibly", "likely", "probably",
            "apparently", "soon", "eventually", "just", "recently", "then", "all", "both", "who", "that",
            "which", "since", "believed", "thought", "said", "estimated", "reported", "set", ",", "yet", "each");

    /** Main verbs after a figure's noun that make it a plan. */
    static final WordClass PLANNED_VERBS = WordClass.of(
            "expected", "set", "due", "slated", "scheduled", "planned", "prepared", "preparing",
            "readied", "readying", "earmarked", "intended", "poised", "ready", "likely", "going",
            "destined", "bound", "waiting", "awaiting", "preparation");

    /** Verbs of loss, after or before a figure: a casualty figure. */
    static final WordClass CASUALTY_VERBS = WordClass.of(
            "killed", "died", "dead", "wounded", "injured", "perished", "slain", "captured",
            "lost", "eliminated", "neutralized", "neutralised", "destroyed", "kia", "hurt", "murdered", "surrendered",
            "taken");

    /** Contexts in which "captured" means on camera, not taken prisoner. */
    static final WordClass CAMERA = WordClass.of(
            "camera", "cameras", "footage", "video", "videos", "satellite", "photo", "photos", "photographs",
            "image", "images", "imagery", "drone", "drones", "film", "filmed", "picture", "pictures");

    /** After a figure's noun: soldiers who left are not a claim. */
    static final WordClass LEFT = WordClass.of(
            "missing", "escaped", "defected", "deserted", "fled", "repatriated", "withdrawn", "withdrew", "returned",
            "evacuated", "rotated");

    /** Words around a figure that make it the size of a whole standing army. */
    static final WordClass ARMY_SIZE = WordClass.of("standing", "largest", "biggest", "active-duty", "active", "strong");

    static final WordClass MONTHS = WordClass.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    static final WordClass WEEKDAYS = WordClass.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** "casualties in Russia estimated", "fighting for Russia, said": a party after these is their object. */
    private static final WordClass OBJECT_PREPOSITIONS = WordClass.of(
            "in", "into", "to", "from", "for", "at", "near", "against", "across", "inside", "within", "on",
            "toward", "towards", "alongside", "behind");

    /** A party named as the object of a preposition ("in Russia"): neither who speaks nor who sends. */
    static boolean namedAsObject(List<Token> tokens, AliasMatch m) {
        return m.first() > 0 && tokens.get(m.first() - 1).in(OBJECT_PREPOSITIONS);
    }

    static final WordClass PLACE_PREPOSITIONS = WordClass.of(
            "to", "in", "into", "at", "near", "inside", "towards", "toward", "across", "from");

    static final WordClass DIRECTIONS = WordClass.of(
            "eastern", "western", "northern", "southern", "central", "far", "north-eastern",
            "northeastern", "southwestern", "south-western", "northwestern", "southeastern", "east",
            "west", "north", "south");

    static final WordClass REGION_NOUNS = WordClass.of(
            "region", "oblast", "area", "province", "border", "front", "peninsula", "krai", "district",
            "city", "port", "base", "bases", "regions", "frontline", "front-line", "sector");

    /** Sentence openings that hedge: what follows is nobody's claim. */
    static final WordClass HEDGE_NOUNS = WordClass.of(
            "indications", "signs", "reports", "rumors", "rumours", "suggestions", "fears", "concerns",
            "speculation", "claims", "estimates", "indication", "sign", "reason", "talk");

    /** Media words after a nationality: "South Korean media" is an outlet, not a government. */
    static final WordClass MEDIA = WordClass.of(
            "media", "press", "newspaper", "newspapers", "outlet", "outlets", "broadcaster", "daily",
            "news", "journalists", "reporters", "tv", "television", "channel", "channels", "bloggers",
            "milbloggers", "blogger", "milblogger", "commentators", "influencers", "websites");
}
