package io.newstally.ingest.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Json;
import io.newstally.contracts.text.Boilerplate;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.InputRejected;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Articles as JSON: one object per file ({@code .json}) or one per line ({@code .jsonl},
 * {@code .ndjson}). The fields are those of the raw topic ({@code title}, {@code body},
 * {@code url}, {@code outlet}, {@code publishedAt}); the names common exporters use instead
 * ({@code headline}, {@code text}, {@code content}, {@code link}, {@code source},
 * {@code date}...) are accepted too, and other fields are ignored. A broken line is rejected
 * with its line number; the lines around it are read.
 */
public final class JsonArticles {

    private static final List<String> TITLE = List.of("title", "headline", "name");
    private static final List<String> BODY = List.of("body", "text", "content", "articleBody", "article", "description");
    private static final List<String> URL = List.of("url", "link", "canonicalUrl", "canonical_url", "uri");
    private static final List<String> OUTLET = List.of("outlet", "source", "site", "publisher", "siteName", "site_name");
    private static final List<String> PUBLISHED = List.of("publishedAt", "published_at", "published", "datePublished",
            "date", "pubDate", "publication_date");

    private JsonArticles() {
    }

    public static ArticleDraft parseObject(String json, String origin) throws InputRejected {
        return fromNode(tree(json, origin), origin);
    }

    private static JsonNode tree(String json, String origin) throws InputRejected {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputRejected(origin, "not JSON: " + e.getOriginalMessage());
        }
    }

    /** A {@code .json} file: one article object, or an array of them. */
    public static void parseDocument(String json, String origin, Consumer<ArticleDraft> ok, Consumer<InputRejected> bad)
            throws InputRejected {
        JsonNode node = tree(json, origin);
        if (node != null && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                try {
                    ok.accept(fromNode(node.get(i), origin + "[" + i + "]"));
                } catch (InputRejected e) {
                    bad.accept(e);
                }
            }
        } else {
            ok.accept(fromNode(node, origin));
        }
    }

    /** One article per non-blank line; each line ends as a draft or a rejection. */
    public static void parseLines(String text, String origin, Consumer<ArticleDraft> ok, Consumer<InputRejected> bad) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String lineOrigin = origin + ":" + (i + 1);
            try {
                ok.accept(parseObject(lines[i], lineOrigin));
            } catch (InputRejected e) {
                bad.accept(e);
            }
        }
    }

    static ArticleDraft fromNode(JsonNode node, String origin) throws InputRejected {
        if (node == null || !node.isObject()) {
            throw new InputRejected(origin, "not a JSON object (an article is {\"title\": ..., \"body\": ...})");
        }
        String title = text(node, TITLE, origin);
        String body = text(node, BODY, origin);
        if (body == null || body.isBlank()) {
            throw new InputRejected(origin, "no body: a non-empty \"body\" (or \"text\", \"content\") string is required");
        }
        String published = text(node, PUBLISHED, origin);
        Instant publishedAt = Dates.parse(published);
        if (published != null && publishedAt == null) {
            throw new InputRejected(origin, "publication date \"" + published + "\" is not an ISO-8601 or RFC 1123 date");
        }
        String cleanBody = body.indexOf('<') >= 0 && body.indexOf('>') > 0 ? HtmlArticles.fragmentText(body) : body;
        return new ArticleDraft(text(node, URL, origin), text(node, OUTLET, origin),
                title == null ? "" : title.strip(), Boilerplate.clean(cleanBody.replace("\r\n", "\n")), publishedAt, origin);
    }

    private static String text(JsonNode node, List<String> names, String origin) throws InputRejected {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (!v.isTextual()) {
                if (v.isObject() && v.hasNonNull("name") && v.get("name").isTextual()) {
                    return v.get("name").asText(); // "source": {"name": "Reuters"}
                }
                throw new InputRejected(origin, "field \"" + name + "\" must be a string, not " + v.getNodeType().toString().toLowerCase());
            }
            return v.asText();
        }
        return null;
    }
}
