package io.newstally.enrich.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.newstally.enrich.sources.StateNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a story file (JSON): checks every field as it reads it and refuses the whole file at the
 * first fault with a message that names the file, the line and the field, so that a story is
 * never half-loaded. The format is in the README ("Follow a new story") and in the JSON Schema
 * {@code #/$defs/Story} of the contracts module.
 */
public final class StoryFile {

    /** The built-in story: North Korea's troops sent to Russia, in the same format as any other. */
    public static final String DEFAULT_RESOURCE = "/io/newstally/enrich/stories/north-korea-russia.json";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** A non-state party's id: its short name as the guidelines write it ("ISW", "CSP-DPA", "Gyeore-eol"). */
    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 .'&-]{0,39}");
    private static final int MAX_TEXT = 200;

    private static volatile Story defaultStory;

    /**
     * What newstally knows of the world whatever the story: parties that are not states (the UN,
     * NATO, think tanks, rights groups), well-known bodies of states (the Pentagon, the NIS), and
     * news outlets. Read from the enrich jar's {@code world.json}, in the story format's terms.
     */
    public record World(List<Story.Party> parties, List<String> outlets) {
    }

    private final String origin;
    private final JsonParser p;
    private final Set<String> stateCodes;
    /** Parties the world data names, which a story may add to without naming them again. */
    private final Set<String> worldParties;

    private StoryFile(String origin, JsonParser parser, Set<String> stateCodes, Set<String> worldParties) {
        this.origin = origin;
        this.p = parser;
        this.stateCodes = stateCodes;
        this.worldParties = worldParties;
    }

    /** The built-in North Korea story. */
    public static Story defaultStory() {
        Story s = defaultStory;
        if (s == null) {
            try (InputStream in = StoryFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the enrich jar");
                }
                s = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "the built-in story");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaultStory = s;
        }
        return s;
    }

    /** The world's parties and outlets, from a resource of the enrich jar. */
    public static World world(String resource) {
        try (InputStream in = StoryFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the enrich jar");
            }
            Set<String> codes = new HashSet<>();
            StateNames.bundled().forEach(s -> codes.add(s.code()));
            try (JsonParser parser = JSON.createParser(in)) {
                StoryFile reader = new StoryFile(resource, parser, codes, Set.of());
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw reader.fault(null, "expected an object {\"parties\": [...], \"outlets\": [...]}");
                }
                List<Story.Party> parties = List.of();
                List<String> outlets = List.of();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "parties" -> parties = reader.parties();
                        case "outlets" -> outlets = reader.texts(field);
                        default -> throw reader.fault(field, "unknown field (the world has parties and outlets)");
                    }
                }
                return new World(parties, outlets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a story file. @throws InvalidStoryException naming the line and field of the first fault */
    public static Story read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidStoryException(file + ": no such story file");
        } catch (IOException e) {
            throw new InvalidStoryException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** The world data the registry adds to every story. */
    public static final String WORLD_RESOURCE = "/io/newstally/enrich/world.json";

    /** @param origin what messages call the text (a file name) */
    public static Story parse(String json, String origin) {
        Set<String> codes = new HashSet<>();
        StateNames.bundled().forEach(s -> codes.add(s.code()));
        // a party the world data names already ("NATO", "UN") needs no name of the story's
        Set<String> world = new HashSet<>();
        world(WORLD_RESOURCE).parties().forEach(p -> world.add(p.id()));
        try (JsonParser parser = JSON.createParser(json)) {
            StoryFile reader = new StoryFile(origin, parser, codes, world);
            Story story = reader.story();
            if (parser.nextToken() != null) {
                throw reader.fault(null, "more after the story's closing brace");
            }
            return story;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new InvalidStoryException(origin + (line > 0 ? ":" + line : "") + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Story story() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw fault(null, "a story file is a JSON object: {\"title\": ..., \"force\": ...}");
        }
        String title = null;
        Story.Force force = null;
        List<Story.Party> parties = List.of();
        List<String> places = List.of();
        List<String> outlets = List.of();
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            if (!seen.add(field)) {
                throw fault(field, "given twice");
            }
            p.nextToken();
            switch (field) {
                case "title" -> title = text(field);
                case "force" -> force = force();
                case "parties" -> parties = parties();
                case "places" -> places = texts(field);
                case "outlets" -> outlets = texts(field);
                default -> throw fault(field, "unknown field (a story has " + String.join(", ", ordered(Story.FIELDS)) + ")");
            }
        }
        if (title == null || title.isBlank()) {
            throw fault("title", "missing: every story has a title");
        }
        if (force == null) {
            throw fault("force", "missing: every story names its force, a state code such as \"RW\" or {\"state\": \"RU\", \"names\": [...]}");
        }
        return new Story(title, force, parties, places, outlets);
    }

    private static List<String> ordered(Set<String> fields) {
        return List.of("title", "force", "parties", "places", "outlets").stream().filter(fields::contains).toList();
    }

    private Story.Force force() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return new Story.Force(stateCode("force"), List.of());
        }
        expect(JsonToken.START_OBJECT, "force", "a state code (\"RW\") or an object {\"state\": \"RU\", \"names\": [...]}");
        String state = null;
        List<String> names = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = "force." + p.currentName();
            p.nextToken();
            switch (field) {
                case "force.state" -> state = stateCode(field);
                case "force.names" -> names = texts(field);
                default -> throw fault(field, "unknown field (the force has state and names)");
            }
        }
        if (state == null) {
            throw fault("force.state", "missing: the state the force belongs to, as an ISO 3166 code");
        }
        return new Story.Force(state, names);
    }

    private List<Story.Party> parties() throws IOException {
        expect(JsonToken.START_ARRAY, "parties", "an array of parties");
        List<Story.Party> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = "parties[" + out.size() + "]";
            expect(JsonToken.START_OBJECT, at, "a party object {\"id\": ..., ...}");
            String id = null;
            String name = null;
            List<String> names = List.of();
            List<String> bodies = List.of();
            List<Story.Person> people = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String path = at + "." + field;
                p.nextToken();
                switch (field) {
                    case "id" -> id = partyId(path);
                    case "name" -> name = text(path);
                    case "names" -> names = texts(path);
                    case "bodies" -> bodies = texts(path);
                    case "people" -> people = people(path);
                    default -> throw fault(path, "unknown field (a party has id, name, names, bodies, people)");
                }
            }
            if (id == null) {
                throw fault(at + ".id", "missing: a state's ISO 3166 code, or a short name such as \"ISW\"");
            }
            if (!stateCodes.contains(id) && !worldParties.contains(id) && name == null) {
                throw fault(at + ".name", "missing: \"" + id + "\" is no state's code nor a party newstally knows, so the party needs the name people read"
                        + (id.length() == 2 ? " (or is it a misspelt state code?)" : ""));
            }
            if (!ids.add(id)) {
                throw fault(at + ".id", "\"" + id + "\" is given twice");
            }
            out.add(new Story.Party(id, name, names, bodies, people));
        }
        return out;
    }

    private List<Story.Person> people(String path) throws IOException {
        expect(JsonToken.START_ARRAY, path, "an array of people: names, or {\"name\": ..., \"short\": [...]}");
        List<Story.Person> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String at = path + "[" + out.size() + "]";
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                out.add(new Story.Person(text(at), List.of(), false));
                continue;
            }
            expect(JsonToken.START_OBJECT, at, "a name, or {\"name\": ..., \"short\": [...], \"distinctive\": true}");
            String name = null;
            List<String> shortNames = List.of();
            boolean distinctive = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                String fieldPath = at + "." + field;
                p.nextToken();
                switch (field) {
                    case "name" -> name = text(fieldPath);
                    case "short" -> shortNames = texts(fieldPath);
                    case "distinctive" -> {
                        if (!p.currentToken().isBoolean()) {
                            throw fault(fieldPath, "expected true or false, found " + found());
                        }
                        distinctive = p.getBooleanValue();
                    }
                    default -> throw fault(fieldPath, "unknown field (a person has name, short, distinctive)");
                }
            }
            if (name == null) {
                throw fault(at + ".name", "missing: the person's full name");
            }
            out.add(new Story.Person(name, shortNames, distinctive));
        }
        return out;
    }

    private String stateCode(String path) throws IOException {
        String code = text(path);
        if (!stateCodes.contains(code)) {
            String upper = code.toUpperCase(Locale.ROOT);
            throw fault(path, "\"" + code + "\" is not the ISO 3166 alpha-2 code of an independent state"
                    + (stateCodes.contains(upper) ? " (did you mean \"" + upper + "\"?)" : ""));
        }
        return code;
    }

    private String partyId(String path) throws IOException {
        String id = text(path);
        if (!PARTY_ID.matcher(id).matches()) {
            throw fault(path, "\"" + id + "\" is not a party id: a state's code or a short name of letters, digits, spaces, '.', ''', '&' and '-'");
        }
        return id;
    }

    private String text(String path) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw fault(path, "expected a string, found " + found());
        }
        String s = p.getText().strip();
        if (s.isEmpty()) {
            throw fault(path, "empty");
        }
        if (s.length() > MAX_TEXT) {
            throw fault(path, s.length() + " characters, over the limit of " + MAX_TEXT);
        }
        return s;
    }

    private List<String> texts(String path) throws IOException {
        expect(JsonToken.START_ARRAY, path, "an array of strings");
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(text(path + "[" + out.size() + "]"));
        }
        return out;
    }

    private void expect(JsonToken token, String path, String what) throws IOException {
        if (p.currentToken() != token) {
            throw fault(path, "expected " + what + ", found " + found());
        }
    }

    private String found() throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case VALUE_STRING -> "the string \"" + p.getText() + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> t.asString();
        };
    }

    private InvalidStoryException fault(String path, String message) {
        int line = p.currentTokenLocation().getLineNr();
        return new InvalidStoryException(origin + ":" + line + ": " + (path == null ? "" : "field \"" + path + "\": ") + message);
    }
}
