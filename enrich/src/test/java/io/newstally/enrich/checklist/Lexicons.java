package io.newstally.enrich.checklist;

import io.newstally.contracts.Claim;
import io.newstally.enrich.Enricher;
import io.newstally.enrich.story.StoryFile;
import java.util.List;

/**
 * The lexicons the behavioural suite fills its templates from, written for it (CheckList, Ribeiro et
 * al., ACL 2020): four stories whose forces differ in kind (a state's army sent abroad, a state's army
 * in a neighbour's war, a group tied to a state, a state's own troops whose government speaks for
 * them), claimants of every kind, number forms with the value a reader takes from them, and invented
 * people. No sentence here is any article's.
 */
final class Lexicons {

    private Lexicons() {
    }

    /**
     * A story as the templates need it.
     *
     * @param adjective  what stands before "troops" for the force ("North Korean", "Wagner")
     * @param state      the force's state by name, as a subject ("North Korea")
     * @param capital    the force's state's capital
     * @param places     places its people are sent to
     * @param other      another state's demonym whose troops are not the force
     * @param otherState that state's name
     * @param ownBody    a body of the force's own state, and its id: the claimant where the force's
     *                   government speaks ("the Pentagon")
     */
    record Force(String name, Enricher enricher, String adjective, String state, String capital, List<String> places,
                 String other, String otherState, String ownBody, String ownId) {
    }

    static final List<Force> FORCES = List.of(
            new Force("north-korea", Enricher.withBundledSources(), "North Korean", "North Korea", "Pyongyang",
                    List.of("Russia", "the Kursk region", "eastern Russia"), "Russian", "Russia", "the KCNA news agency", "KP"),
            new Force("rwanda", Enricher.of(StoryFile.parse(
                    "{\"title\": \"Rwandan troops in eastern DR Congo\", \"force\": \"RW\"}", "rwanda")),
                    "Rwandan", "Rwanda", "Kigali", List.of("eastern DR Congo", "North Kivu", "the Democratic Republic of Congo"),
                    "Burundian", "Burundi", "Rwanda's defence ministry", "RW"),
            new Force("wagner", Enricher.of(StoryFile.parse("{\"title\": \"Wagner Group mercenaries in Africa\", "
                    + "\"force\": {\"state\": \"RU\", \"names\": [\"Wagner\", \"Wagner Group\", \"Africa Corps\"]}}", "wagner")),
                    "Wagner", "Russia", "Moscow", List.of("Mali", "the Central African Republic", "Libya"),
                    "Malian", "Mali", "Russia's defence ministry", "RU"),
            new Force("us", Enricher.of(StoryFile.parse("{\"title\": \"U.S. troops sent to the Middle East\", \"force\": \"US\"}", "us")),
                    "U.S.", "the United States", "Washington", List.of("the Middle East", "Syria", "Jordan"),
                    "Iranian", "Iran", "the Pentagon", "US"));

    /**
     * A claimant as a noun phrase, with the id the guidelines give it.
     *
     * @param kind   which kind of claimant it is, for the pass rate by kind
     * @param phrase as it stands in the middle of a sentence ("the United Nations"); capitalised at its start
     */
    record Claimant(String kind, String phrase, String id) {
    }

    /** Claimants that are none of the four stories' forces, nor the states their troops are sent to. */
    static final List<Claimant> CLAIMANTS = List.of(
            new Claimant("state by name", "Japan", "JP"),
            new Claimant("state by name", "Estonia", "EE"),
            new Claimant("state by name", "Kenya", "KE"),
            new Claimant("state by name", "the Netherlands", "NL"),
            new Claimant("capital", "Tokyo", "JP"),
            new Claimant("capital", "Nairobi", "KE"),
            new Claimant("demonym and body", "the Estonian defence ministry", "EE"),
            new Claimant("demonym and body", "Japanese intelligence", "JP"),
            new Claimant("demonym and body", "Kenyan officials", "KE"),
            new Claimant("demonym and body", "a senior Polish military official", "PL"),
            new Claimant("possessive body", "Japan's foreign ministry", "JP"),
            new Claimant("possessive body", "Brazil's military intelligence agency", "BR"),
            new Claimant("body of state", "the Ministry of Defence of Estonia", "EE"),
            new Claimant("body of state", "officials in Tokyo", "JP"),
            new Claimant("international body", "the United Nations", "UN"),
            new Claimant("international body", "NATO", "NATO"),
            new Claimant("international body", "the African Union", "AU"),
            new Claimant("international body", "a UN panel of experts", "UN"),
            new Claimant("think tank or NGO", "the Institute for the Study of War", "ISW"),
            new Claimant("think tank or NGO", "Human Rights Watch", "HRW"),
            new Claimant("outlet", "Reuters", Claim.UNATTRIBUTED),
            new Claimant("outlet", "the BBC", Claim.UNATTRIBUTED),
            new Claimant("anonymous", "officials", Claim.UNATTRIBUTED),
            new Claimant("anonymous", "a Western diplomat", Claim.UNATTRIBUTED),
            new Claimant("anonymous", "sources familiar with the matter", Claim.UNATTRIBUTED),
            new Claimant("anonymous", "analysts", Claim.UNATTRIBUTED));

    /**
     * People introduced with a title and their party, then called by their surname: invented names.
     *
     * @param introduction how the article first names them ("Estonia's defence minister Kadri Tamm")
     * @param surname      how it calls them after
     */
    record Person(String introduction, String surname, String id) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person("Estonia's defence minister Kadri Tamm", "Tamm", "EE"),
            new Person("Japanese Foreign Minister Haruto Sagawa", "Sagawa", "JP"),
            new Person("Kenyan army spokesman Daniel Otieno", "Otieno", "KE"),
            new Person("Polish intelligence chief Marek Zalewski", "Zalewski", "PL"),
            new Person("UN envoy Ines Carvalho", "Carvalho", "UN"));

    /**
     * A number as written, with what a reader takes from it.
     *
     * @param form      its name, for the pass rate by form
     * @param qualifier as the guidelines write it ("exact", "at_least", ...)
     */
    record Number(String form, String text, long value, Long low, String qualifier) {
    }

    static final List<Number> NUMBERS = List.of(
            new Number("digits with commas", "3,000", 3000, null, "exact"),
            new Number("plain digits", "3000", 3000, null, "exact"),
            new Number("digits grouped by a space", "3 000", 3000, null, "exact"),
            new Number("digits grouped by a point", "3.000", 3000, null, "exact"),
            new Number("words", "three thousand", 3000, null, "exact"),
            new Number("hyphenated words", "eleven-thousand", 11000, null, "exact"),
            new Number("digits and a scale word", "11 thousand", 11000, null, "exact"),
            new Number("K suffix", "5K", 5000, null, "exact"),
            new Number("lower-case k suffix", "5k", 5000, null, "exact"),
            new Number("hyphen hundred", "27-hundred", 2700, null, "exact"),
            new Number("a scale word", "a thousand", 1000, null, "exact"),
            new Number("a dozen", "a dozen", 12, null, "exact"),
            new Number("a couple of a scale", "a couple thousand", 2000, null, "about"),
            new Number("roughly", "roughly 3,000", 3000, null, "about"),
            new Number("approximately", "approximately 3,000", 3000, null, "about"),
            new Number("range with to", "10,000 to 12,000", 12000, 10000L, "exact"),
            new Number("range sharing thousands", "11 to 12,000", 12000, 11000L, "exact"),
            new Number("range sharing a scale word", "11 to 12 thousand", 12000, 11000L, "exact"),
            new Number("range with a dash", "10,000-11,000", 11000, 10000L, "exact"),
            new Number("range with between", "between 1,300 and 1,400", 1400, 1300L, "exact"),
            new Number("at least", "at least 3,000", 3000, null, "at_least"),
            new Number("more than", "more than 3,000", 3000, null, "at_least"),
            new Number("over", "over 3,000", 3000, null, "at_least"),
            new Number("or more", "3,000 or more", 3000, null, "at_least"),
            new Number("up to", "up to 12,000", 12000, null, "at_most"),
            new Number("as many as", "as many as 12,000", 12000, null, "at_most"),
            new Number("about", "about 3,000", 3000, null, "about"),
            new Number("some", "some 3,000", 3000, null, "about"),
            new Number("nearly", "nearly 3,000", 3000, null, "about"),
            new Number("an estimated", "an estimated 3,000", 3000, null, "about"),
            new Number("a total of", "a total of 3,000", 3000, null, "exact"));

    /** Numbers for templates that are not about number forms: a few, so other capabilities stay small. */
    static final List<Number> FEW_NUMBERS = List.of(NUMBERS.get(0), NUMBERS.get(4), NUMBERS.get(15), NUMBERS.get(26));

    /** Heads that count a force's people. */
    static final List<String> PERSONNEL = List.of("troops", "soldiers", "servicemen", "fighters", "personnel",
            "military engineers", "special forces", "service members", "sappers");
}
