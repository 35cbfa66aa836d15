package io.newstally.contracts;

import java.time.Instant;

/**
 * A news article as published on the raw topic, keyed by {@link #id()}.
 *
 * <p>Outside producers may send only {@code title} and {@code body}; the enricher fills in the
 * rest ({@code id} from the record key, {@code ingestedAt} from the record timestamp).
 *
 * @param id          stable id: from the canonical URL when there is one, else from title and body
 * @param url         canonical URL, or null
 * @param outlet      the newspaper or site that printed it, or null
 * @param title       headline; counts as the article's first sentence
 * @param body        the text, paragraphs separated by blank lines
 * @param publishedAt publication time, or null when unknown
 * @param ingestedAt  when newstally first read it
 * @param contentHash hash of the normalised title and body: a new value means a new version
 * @param origin      where it came from (a file path, a feed URL, "kafka")
 */
public record Article(
        String id,
        String url,
        String outlet,
        String title,
        String body,
        Instant publishedAt,
        Instant ingestedAt,
        String contentHash,
        String origin) {

    /**
     * The longest id an article may have: ids newstally makes are 24 characters, and an id is part
     * of every store key and record that refers to its article, whose size bounds rest on this one.
     */
    public static final int MAX_ID_CHARS = 200;

    /** Refuses an id (a record's, or a tombstone's key) over {@link #MAX_ID_CHARS}; null passes. */
    public static void checkId(String id) {
        if (id != null && id.length() > MAX_ID_CHARS) {
            throw new InvalidArticleException("article id is " + id.length() + " characters, over the limit of "
                    + MAX_ID_CHARS);
        }
    }

    private static final String TITLE_BREAK = "\n\n";

    /** The text that sentence and claim offsets refer to: the title, a blank line, the body. */
    public String text() {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        return t.isEmpty() ? b : t + TITLE_BREAK + b;
    }

    /** {@link #text()} as characters, copied once from the title and body (the enricher reads arrays). */
    public char[] textChars() {
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        int offset = t.isEmpty() ? 0 : t.length() + TITLE_BREAK.length();
        char[] chars = new char[offset + b.length()];
        if (offset > 0) {
            t.getChars(0, t.length(), chars, 0);
            TITLE_BREAK.getChars(0, TITLE_BREAK.length(), chars, t.length());
        }
        b.getChars(0, b.length(), chars, offset);
        return chars;
    }

    /** Event time: publication when known, else ingestion. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }

    public Article withIngestedAt(Instant when) {
        return new Article(id, url, outlet, title, body, publishedAt, when, contentHash, origin);
    }
}
