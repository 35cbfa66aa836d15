package io.newstally.enrich.claims;

import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.WordClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of English news prose that the sieves turn on, as named word classes: data, in
 * {@code lexicon.txt} of the enrich jar, where each class says what it is. They describe how the
 * press reports figures, never one story. A class the code names and the file lacks, or one the
 * file has and the code never names, stops this class from loading, so the two cannot drift apart.
 */
final class Lexicon {

    private static final String RESOURCE = "/io/newstally/enrich/lexicon.txt";
    private static final Map<String, Set<String>> FILE = read();
    private static final Set<String> NAMED = new HashSet<>();
    /** Every word of every class. */
    private static final Set<String> WORDS = FILE.values().stream().flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** True when some class of the lexicon has the word: a word of news prose, whatever a gazetteer says ("Send", "Police"). */
    static boolean knows(String lowerWord) {
        return WORDS.contains(lowerWord);
    }

    /** Heads of a noun phrase that count members of an armed force. */
    static final WordClass PERSONNEL = named("personnel");
    /** Heads that count people of any kind: they count the force only when the phrase says whose they are. */
    static final WordClass PEOPLE = named("people");
    /** Nouns after "personnel" or "troop" that make it a modifier: "80 armored personnel carriers". */
    static final WordClass COMPOUND_HEADS = named("compound-heads");
    /** Heads that count people who are not an armed force, whoever sent them. */
    static final WordClass CIVILIANS = named("civilians");
    /** Words that make workers, builders and specialists military: "military construction workers". */
    static final WordClass MILITARY_MODIFIERS = named("military-modifiers");
    /** Heads that count losses: the figure is a casualty figure. */
    static final WordClass CASUALTY_NOUNS = named("casualty-nouns");
    /** Injuries a verb of suffering or treatment gives people. */
    static final WordClass INJURIES = named("injuries");
    /** Units whose size a number gives: "a battalion of 3,000", "a 300-member force". */
    static final WordClass UNITS = named("units");
    /** Nouns whose value a bare number gives: "raising the total to 3,000", "put the number at 8,000". */
    static final WordClass COUNT_NOUNS = named("count-nouns");
    /** Words that may stand between a number and the noun it counts. */
    static final WordClass PHRASE_MODIFIERS = named("phrase-modifiers");
    /** The writer's or speaker's hedges before a figure: "possibly around 10,000". */
    static final WordClass HEDGES = named("hedges");
    /** Verbs whose subject is the force that loses the people counted. */
    static final WordClass SUFFER = named("suffer");
    /** Forms of "be" that make a passive. */
    static final WordClass PASSIVE_BE = named("passive-be");
    /** Words of a comparison around a figure: "as many as", "as high as". */
    static final WordClass AS_COMPARED = named("as-compared");
    /** Words around a figure that make it a whole army's size, not people sent. */
    static final WordClass ARMY_SIZE = named("army-size");
    /** Units of time that make a count a rate: "losing 40 men a day". */
    static final WordClass RATE_UNITS = named("rate-units");
    /** Verbs and words whose subject is the party that makes a claim. */
    static final WordClass REPORTING = named("reporting");
    /** Reporting words that are only ever verbs: "Zelensky earlier said" is a report whatever stands before it. */
    static final WordClass SAYS_ONLY = named("says-only");
    /** Reporting forms that are nouns more often than verbs: they report only right after their subject. */
    static final WordClass REPORTING_NOUNS = named("reporting-nouns");
    /** Reporting verbs that may stand before their subject at the end of a clause: "..., said the agency". */
    static final WordClass INVERTED = named("inverted");
    /** Reporting verbs whose object is who heard it, not what was said: "told reporters". */
    static final WordClass TAKES_HEARER = named("takes-hearer");
    /** Verbs of a stance that take a figure as known: "Seoul, which denounced the dispatch of 10,000 troops". */
    static final WordClass STANCES = named("stances");
    /** Verbs that deny what follows: the figure belongs to the reports denied, not to the one denying. */
    static final WordClass DENIALS = named("denials");
    /** Verbs that give a figure as their object: "offered a lower estimate of around 1,200". */
    static final WordClass GIVING = named("giving");
    /** What a party gives when it gives a figure. */
    static final WordClass ESTIMATE_NOUNS = named("estimate-nouns");
    /** A briefing: the party that briefs is the claimant of what the briefed repeat. */
    static final WordClass BRIEFING = named("briefing");
    /** Words after which a named party is whose knowledge a speaker passes on: "citing", "quoting". */
    static final WordClass RELAYS = named("relays");
    /** Words after which a reporting word is a noun or adjective, not a verb: "the first reports", "amid claims". */
    static final WordClass NOUN_MARKERS = named("noun-markers");
    /** Reports as things a party may denounce or deny: "condemned reports that ...". */
    static final WordClass REPORT_NOUNS = named("report-nouns");
    /** Words that make a figure a rumour or a question that no party asserts. */
    static final WordClass RUMOUR = named("rumour");
    /** Sentence openings that hedge: what follows is nobody's claim. */
    static final WordClass HEDGE_NOUNS = named("hedge-nouns");
    /** Passives that hedge without saying whose the statement is: "are reported to", "is said to". */
    static final WordClass HEDGING_PARTICIPLES = named("hedging-participles");
    /** Passives of knowing and saying inside a verb group: "believed to be", "said to have". */
    static final WordClass EPISTEMIC = named("epistemic");
    /** Words of the writer's background: "... had been sent earlier in the year". */
    static final WordClass BACKGROUND = named("background");
    /** Heads of a noun phrase that speaks for a party once the party is named: "South Korea's spy agency". */
    static final WordClass AGENTS = named("agents");
    /** Lower-case words inside a noun phrase that speaks for a party: "a senior defence ministry official". */
    static final WordClass AGENT_MODIFIERS = named("agent-modifiers");
    /** Who stands for a party without naming it: with no named party beside them, unattributed. */
    static final WordClass UNNAMED = named("unnamed");
    /** Unnamed people who speak for a government: "a defense official said", "officials said". */
    static final WordClass GOVERNMENT_OFFICIALS = named("government-officials");
    /** Words that may stand before an unnamed government official: "a senior administration official". */
    static final WordClass OFFICIAL_MODIFIERS = named("official-modifiers");
    /** People of a state who speak for themselves, not for it: "North Korean prisoners said". */
    static final WordClass NOT_A_PARTY = named("not-a-party");
    /** Media words after a nationality: "South Korean media" is the press, not the government. */
    static final WordClass MEDIA = named("media");
    /** Titles between a party and a person's name: "HUR spokesman Andriy Yusov". */
    static final WordClass SPEAKER_TITLES = named("speaker-titles");
    /** Words that stand between a speaker and the reporting verb: "Zelensky earlier said". */
    static final WordClass VERB_ADVERBS = named("verb-adverbs");
    /** Words that open a clause, not a name, when capitalised at a sentence's start. */
    static final WordClass CLAUSE_OPENERS = named("clause-openers");
    /** What opens a transcript turn of a speaker of no party: "Q:", "MR. SMITH:". */
    static final WordClass TURN_OPENERS = named("turn-openers");
    /** What "This ..." names when the next sentence says who reported the one before. */
    static final WordClass REPORTED_MATTER = named("reported-matter");
    /** Pronouns that point back to the last named claimant. */
    static final WordClass PRONOUNS = named("pronouns");
    /** First-person words: in a quotation or a briefer's turn, the speaker. */
    static final WordClass FIRST_PERSON = named("first-person");
    /** Determiners that make a following noun ("the agency", "his government") point back. */
    static final WordClass BACK_DETERMINERS = named("back-determiners");
    /** Heads that name the same kind of body: "a panel of UN experts" then "the experts". */
    static final WordClass EXPERT_BODIES = named("expert-bodies");
    /** Heads that name what a party publishes: "a UN report" then "the study". */
    static final WordClass DOCUMENTS = named("documents");

    /** Back-nouns that name a government's body by its kind alone: "the military said", "the Navy said". */
    static final WordClass GOVERNMENT_BODIES = named("government-bodies");
    /** Nouns that, after a back-pointing determiner, stand for the last claimant. */
    static final WordClass BACK_NOUNS = named("back-nouns");
    /** Words that make a name an outlet: "the Kyiv Independent news site". */
    static final WordClass OUTLET_WORDS = named("outlet-words");
    /** Verbs of sending, in the base form: "plans to send 10,000". */
    static final WordClass SEND_VERBS = named("send-verbs");
    /** Past forms of sending: "sent 10,000 troops"; what follows is their purpose, not a plan. */
    static final WordClass SENT = named("sent");
    /** Gerunds of sending: "after sending nearly 12,000 soldiers". */
    static final WordClass SENDING_FORMS = named("sending-forms");
    /** Verbs of ordering people somewhere, right before them: their subject sends them. */
    static final WordClass ORDERING = named("ordering");
    /** A sending named as a noun: "the dispatch of 15,000 troops". */
    static final WordClass SENDING_NOUNS = named("sending-nouns");
    /** Intentions before a figure: the figure is planned. */
    static final WordClass INTENT = named("intent");
    /** Modals and the infinitive marker of a verb group. */
    static final WordClass MODALS = named("modals");
    /** Words of a verb group after a noun. */
    static final WordClass AUXILIARIES = named("auxiliaries");
    /** Main verbs after a figure's noun that make it a plan. */
    static final WordClass PLANNED_VERBS = named("planned-verbs");
    /** Verbs of loss, after or before a figure: a casualty figure. */
    static final WordClass CASUALTY_VERBS = named("casualty-verbs");
    /** After a figure's noun: people who left the force are not a claim. */
    static final WordClass LEFT = named("left");
    /** Contexts in which "captured" means on camera, not taken prisoner. */
    static final WordClass CAMERA = named("camera");
    /** After "are", "have been": the people counted are there. */
    static final WordClass PRESENT = named("present");
    /** Verbs of having: "North Korea has an army of 1.2 million". */
    static final WordClass POSSESSION = named("possession");
    /** Verbs that keep people where they are: "Russia is training in Siberia a battalion of 3,000". */
    static final WordClass HOLDING = named("holding");
    /** A count that grows to a figure: "could rise to 15,000". */
    static final WordClass GROWTH = named("growth");
    /** Between a loss noun and its count: "losses amount to", "casualties reached", "deaths stood at". */
    static final WordClass LINKS_TO_COUNT = named("links-to-count");
    /** Events of loss that a count of people follows with "of": "the capture of two soldiers". */
    static final WordClass LOSS_EVENTS = named("loss-events");
    /** What a force does next where it is: "join the war", "enter combat". */
    static final WordClass COMBAT = named("combat");
    /** Prepositions that introduce a place. */
    static final WordClass PLACE_PREPOSITIONS = named("place-prepositions");
    /** Prepositions after which a party is an object ("casualties in Russia"), not a speaker. */
    static final WordClass OBJECT_PREPOSITIONS = named("object-prepositions");
    /** Directions that open a place: "eastern Russia". */
    static final WordClass DIRECTIONS = named("directions");
    /** Nouns that end a place's name: "the Kursk region". */
    static final WordClass REGION_NOUNS = named("region-nouns");
    /** Months, full and short. */
    static final WordClass MONTHS = named("months");
    /** Days of the week. */
    static final WordClass WEEKDAYS = named("weekdays");
    /** Words of a time after a figure: "10,000 a week earlier", "3,000 last month". */
    static final WordClass TIME_WORDS = named("time-words");
    /** What introduces a past that is not this deployment: "During the Vietnam War". */
    static final WordClass PAST_MARKERS = named("past-markers");
    /** Quotation marks, straight and typographic (single ones only where they open or close a quotation). */
    static final WordClass QUOTE_MARKS = named("quote-marks");

    /** Every word a frame finder turns on: a sentence with none of them has no frame (one bit test). */
    static final WordClass FRAME_WORDS = WordClass.where(w -> REPORTING.contains(w) || STANCES.contains(w) || ESTIMATE_NOUNS.contains(w)
            || RUMOUR.contains(w) || DENIALS.contains(w) || REPORT_NOUNS.contains(w) || BRIEFING.contains(w) || RELAYS.contains(w)
            || GIVING.contains(w));

    static {
        Set<String> unused = new HashSet<>(FILE.keySet());
        unused.removeAll(NAMED);
        if (!unused.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has classes no sieve uses: " + unused);
        }
    }

    private Lexicon() {
    }

    private static WordClass named(String name) {
        Set<String> words = FILE.get(name);
        if (words == null) {
            throw new IllegalStateException(RESOURCE + " has no class [" + name + "]");
        }
        NAMED.add(name);
        return WordClass.where(words::contains);
    }

    static boolean isQuote(Token t) {
        return t.in(QUOTE_MARKS);
    }

    private static Map<String, Set<String>> read() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the enrich jar");
            }
            Map<String, Set<String>> classes = new LinkedHashMap<>();
            Set<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[")) {
                    String name = l.substring(1, l.indexOf(']'));
                    current = new HashSet<>();
                    if (classes.put(name, current) != null) {
                        throw new IllegalStateException(RESOURCE + ": class [" + name + "] given twice");
                    }
                    continue;
                }
                if (current == null) {
                    throw new IllegalStateException(RESOURCE + ": words before any class: " + l);
                }
                for (String w : l.split("\\s+")) {
                    current.add(w);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
