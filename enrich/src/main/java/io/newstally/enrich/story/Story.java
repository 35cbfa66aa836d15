package io.newstally.enrich.story;

import java.util.List;
import java.util.Set;

/**
 * The story a pipeline follows: whose people are counted (the force) and, optionally, what the
 * extractor cannot know by itself (people of note and their party, extra names and bodies,
 * places). Two fields are a valid story, {@code {"title": "...", "force": "RW"}}: every state's
 * names, demonyms, capital and bodies come from data ({@link StoryFile}, {@code StateNames}).
 *
 * @param title   what the story is, for people: "Rwandan troops in eastern DR Congo"
 * @param force   whose people the figures count
 * @param parties extra knowledge of parties, states or not: names, bodies, people
 * @param places  places the story's figures are tied to that a gazetteer may not know
 * @param outlets news outlets: their own reporting is unattributed
 */
public record Story(String title, Force force, List<Party> parties, List<String> places, List<String> outlets) {

    public Story {
        parties = List.copyOf(parties);
        places = List.copyOf(places);
        outlets = List.copyOf(outlets);
    }

    /**
     * The force: a state's armed forces ({@code "force": "RW"}), or a group tied to a state with
     * names of its own ({@code {"state": "RU", "names": ["Wagner", "Africa Corps"]}}).
     *
     * @param state ISO 3166 alpha-2 code of the state the force belongs to
     * @param names the force's own names, beside its state's ("Wagner Group", "KPA")
     */
    public record Force(String state, List<String> names) {
        public Force {
            names = List.copyOf(names);
        }
    }

    /**
     * What a story adds about one party.
     *
     * @param id     an ISO 3166 alpha-2 code for a state, else the party's short name ("ISW", "HRW")
     * @param name   the name people read ("Institute for the Study of War"); for a state, optional
     * @param names  other names of the party itself ("the North", "Foggy Bottom"), as the press writes them
     * @param bodies organisations that speak for it ("National Intelligence Service", "NIS")
     * @param people people who speak for it
     */
    public record Party(String id, String name, List<String> names, List<String> bodies, List<Person> people) {
        public Party {
            names = List.copyOf(names);
            bodies = List.copyOf(bodies);
            people = List.copyOf(people);
        }
    }

    /**
     * A person who speaks for a party.
     *
     * @param name        full name ("John Kirby")
     * @param shortNames  what the press calls them after the full name ("Kirby")
     * @param distinctive whether a short name stands alone, before the full name appeared
     *                    ("Zelensky" does; "Park" does not)
     */
    public record Person(String name, List<String> shortNames, boolean distinctive) {
        public Person {
            shortNames = List.copyOf(shortNames);
        }
    }

    /** The fields a story file may hold, in the order the README gives them. */
    public static final Set<String> FIELDS = Set.of("title", "force", "parties", "places", "outlets");
}
