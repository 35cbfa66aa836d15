package io.newstally.enrich.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.newstally.contracts.Json;
import io.newstally.enrich.sources.StateNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start of a story file ({@code newstally story init}): the smallest valid file for a force,
 * and, for the user to review, what newstally derives by itself for it, so that what goes into
 * the file is only what it cannot know (people of note, names the press uses for the force).
 */
public final class StoryDraft {

    private StoryDraft() {
    }

    /**
     * The story file: {@code {"title": ..., "force": "RW"}}, or with the force's own names
     * {@code {"title": ..., "force": {"state": "RU", "names": ["Wagner Group"]}}}. Checked by
     * {@link StoryFile#parse} before it is returned, so it is refused here, naming the field, if
     * the code is no state's.
     */
    public static String json(String title, String state, List<String> forceNames) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("title", title);
        if (forceNames.isEmpty()) {
            story.put("force", state);
        } else {
            Map<String, Object> force = new LinkedHashMap<>();
            force.put("state", state);
            force.put("names", forceNames);
            story.put("force", force);
        }
        String text;
        try {
            text = Json.MAPPER.writer(new DefaultPrettyPrinter().withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("")))
                    .writeValueAsString(story) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StoryFile.parse(text, "the new story file");
        return text;
    }

    /** What newstally derives for a story whose force belongs to {@code state}, as lines for a reader. */
    public static List<String> derived(String state) {
        String code = state.toUpperCase(Locale.ROOT);
        StateNames names = StateNames.bundled().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidStoryException("\"" + state + "\" is not the ISO 3166 alpha-2 code of an independent state"));
        String name = names.names().iterator().next();
        StoryFile.World world = StoryFile.world(StoryFile.WORLD_RESOURCE);
        List<String> out = new ArrayList<>();
        out.add("What newstally derives for " + name + " (" + code + ") by itself; add to the file only what it cannot know:");
        out.add("  names:     " + String.join(", ", names.names()));
        out.add("  demonyms:  " + String.join(", ", names.demonyms()));
        out.add("  capital:   " + String.join(", ", names.capitals()) + " (as a metonym: \"" + first(names.capitals(), name)
                + " said\" is " + code + "'s claim)");
        out.add("  bodies:    any ministry, army, government, intelligence service or official named with the state (\""
                + name + "'s defence ministry\", \"the " + first(names.demonyms(), name) + " army\", \"the Ministry of Defence of "
                + name + "\"); in an article about " + name + ", such a body opening a sentence unnamed");
        world.parties().stream().filter(p -> p.id().equals(code)).findFirst().ifPresent(p -> {
            if (!p.bodies().isEmpty()) {
                out.add("  known bodies: " + String.join(", ", p.bodies()));
            }
            if (!p.people().isEmpty()) {
                out.add("  known people: " + String.join(", ", p.people().stream().map(Story.Person::name).toList()));
            }
        });
        out.add("  the force: " + first(names.demonyms(), name) + " troops, soldiers, forces, ... (the force's people by any"
                + " noun of the lexicon); its own names (\"the RDF\") go in \"force\": {\"state\": \"" + code + "\", \"names\": [...]}");
        out.add("  the world: every state by its names, and " + world.parties().size() + " parties and well-known bodies newstally"
                + " knows whatever the story (the UN, NATO, the AU, rights groups, think tanks), and " + world.outlets().size()
                + " news outlets, whose own reporting is unattributed");
        out.add("Add \"parties\": [{\"id\": \"" + code + "\", \"people\": [{\"name\": \"...\", \"short\": [\"...\"]}]}] for people"
                + " who speak for a party; \"places\": [...] for places the figures are tied to.");
        return out;
    }

    private static String first(Iterable<String> values, String fallback) {
        for (String v : values) {
            return v;
        }
        return fallback;
    }
}
