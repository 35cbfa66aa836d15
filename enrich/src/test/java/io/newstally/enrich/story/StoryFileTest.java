package io.newstally.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newstally.contracts.TopicSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Story files: the shipped ones and {@code story init}'s are valid (for {@link StoryFile} and for
 * the JSON Schema {@code #/$defs/Story}); a faulty one is refused whole, naming the line and field.
 */
class StoryFileTest {

    private static final Path STORIES = Path.of(System.getProperty("newstally.home", ".."), "stories");

    @Test
    void everyShippedStoryFileIsValidAndTheDefaultIsOneOfThem() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(STORIES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("north-korea-russia.json", "rwanda-drc.json");
        for (Path f : files) {
            String json = Files.readString(f);
            assertThat(TopicSchemas.violations("Story", json)).as(f.toString()).isEmpty();
            assertThat(StoryFile.read(f).title()).as(f.toString()).isNotBlank();
        }
        assertThat(StoryFile.read(STORIES.resolve("north-korea-russia.json"))).isEqualTo(StoryFile.defaultStory());
        assertThat(StoryFile.defaultStory().force().state()).isEqualTo("KP");
    }

    @Test
    void twoLinesAreAStoryAndInitWritesOne() {
        String json = StoryDraft.json("Rwandan troops in eastern DR Congo", "RW", List.of());
        assertThat(TopicSchemas.violations("Story", json)).isEmpty();
        Story story = StoryFile.parse(json, "init");
        assertThat(story.force()).isEqualTo(new Story.Force("RW", List.of()));
        String group = StoryDraft.json("Russian mercenaries in Africa", "RU", List.of("Wagner Group", "Africa Corps"));
        assertThat(TopicSchemas.violations("Story", group)).isEmpty();
        assertThat(StoryFile.parse(group, "init").force().names()).containsExactly("Wagner Group", "Africa Corps");
    }

    @Test
    void whatIsDerivedFromACodeIsShown() {
        List<String> lines = StoryDraft.derived("RW");
        assertThat(String.join("\n", lines)).contains("Rwanda (RW)").contains("Rwandan, Rwandans").contains("Kigali");
        assertThatThrownBy(() -> StoryDraft.derived("XX")).isInstanceOf(InvalidStoryException.class).hasMessageContaining("\"XX\"");
    }

    /** Each faulty file is refused with the line and field named; the schema refuses it too, where a schema can tell. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            {"title": "t", "force": "RW", "parites": []}                        | :1: field "parites": unknown field | misspelt field          | true
            {"title": "t"}                                                       | field "force": missing             | no force                | true
            {"force": "RW"}                                                      | field "title": missing             | no title                | true
            {"title": "t", "force": 7}                                           | field "force"                      | force of a wrong type   | true
            {"title": "t", "force": "XX"}                                        | "XX" is not the ISO 3166           | no state's code         | false
            {"title": "t", "force": "rw"}                                        | did you mean "RW"                  | a code in lower case    | true
            {"title": "t", "force": {"names": ["x"]}}                            | field "force.state": missing       | a group without a state | true
            {"title": "t", "force": "RW", "parties": [{"id": "Foo Institute"}]}  | needs the name people read         | an unknown party        | false
            {"title": "t", "force": "RW", "places": "Goma"}                      | field "places"                     | places not a list       | true
            {"title": "t", "force": "RW"} {"x": 1}                               | more after the story               | two objects             | false
            """)
    void aFaultyFileIsRefusedWholeNamingWhere(String json, String message, String what, boolean schemaTells) {
        assertThatThrownBy(() -> StoryFile.parse(json, "f.json")).as(what)
                .isInstanceOf(InvalidStoryException.class).hasMessageStartingWith("f.json").hasMessageContaining(message);
        if (schemaTells) {
            assertThat(TopicSchemas.violations("Story", json)).as(what).isNotEmpty();
        }
    }

    @Test
    void aMultiLineFileIsRefusedAtItsLine() {
        String json = "{\n  \"title\": \"t\",\n  \"force\": \"RW\",\n  \"places\": [\"Goma\", 3]\n}\n";
        assertThatThrownBy(() -> StoryFile.parse(json, "s.json")).hasMessageStartingWith("s.json:4:").hasMessageContaining("places");
    }
}
