package io.newstally.contracts.text;

import io.newstally.contracts.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the page furniture that copy-and-paste and HTML extraction leave in a text: share
 * and navigation bars, comment widgets, newsletter and contact prompts, audio-player prompts,
 * sponsored and "related" blocks. The rules are about the shape of interface text, not about
 * particular sites: such lines are short, do not end like a sentence, and are made of
 * interface words (imperative verbs of a button, labels of a widget, separators, social
 * network names). A prose line is kept whatever words it holds. Removed lines never reach
 * the enricher, so they never yield claims.
 */
public final class Boilerplate {

    /** Words that open a button or a link, never a headline: any short line they open goes. */
    private static final Set<String> INTERFACE_OPENERS = Set.of(
            "share", "follow", "subscribe", "unsubscribe", "sign", "log", "login", "register", "click", "tap",
            "download", "join", "comment", "comments", "print", "email", "e-mail", "tweet", "advertisement",
            "advertising", "sponsored", "promoted", "recommended", "newsletter", "skip", "accept", "manage",
            "donate", "upgrade");

    /** Words that open a button but also a subheading ("More troops arrive"): only very short lines go. */
    private static final Set<String> SHORT_INTERFACE_OPENERS = Set.of(
            "read", "watch", "listen", "get", "post", "leave", "view", "see", "add", "copy", "like", "continue",
            "back", "next", "previous", "home", "menu", "search", "contact", "more", "most", "also", "related",
            "trending", "popular", "topics", "tags", "play", "pause", "send", "show", "hide", "load", "open",
            "close", "enable", "allow", "report", "support", "try", "start", "reject", "write", "about");

    /** Labels that head a block of links or promotions: the short lines under them go too. */
    private static final Set<String> BLOCK_LABELS = Set.of(
            "advertisement", "sponsored", "sponsored content", "sponsored links", "promoted", "promoted content",
            "partner content", "paid content", "related", "related articles", "related stories", "related content",
            "recommended", "recommended for you", "more stories", "more from", "more on this story", "most read",
            "most popular", "trending", "trending now", "you may also like", "you might also like", "read next",
            "read more", "also read", "see also", "top stories", "latest news", "editor's picks", "from our partners");

    /** Labels before a colon that make a line a link to other content. */
    private static final Set<String> LINK_LABELS = Set.of(
            "watch", "listen", "read", "see", "video", "photos", "gallery", "live", "podcast", "opinion", "analysis");

    private static final Set<String> SOCIAL = Set.of(
            "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "email", "e-mail", "print",
            "copy", "link", "pinterest", "messenger", "flipboard", "threads", "bluesky", "vk", "mastodon", "share");

    private static final Set<String> INTERFACE_WORDS = Set.of(
            "cookie", "cookies", "newsletter", "newsletters", "inbox", "comment", "comments", "app", "browser",
            "javascript", "playback", "audio", "podcast", "privacy", "account", "password", "notifications",
            "subscription", "subscribe", "subscribers", "sign-up", "signup", "ad", "ads", "advertisement");

    private Boilerplate() {
    }

    /** The text without interface lines; paragraphs stay separated by blank lines. */
    public static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        for (Span line : interfaceLines(text)) {
            kept.append(text, from, line.start());
            from = Math.min(text.length(), line.end() + 1); // the line and its line break
        }
        kept.append(text, from, text.length());
        // each kept line without its trailing blanks, at most one blank line in a row
        return kept.append('\n').toString().replaceAll("[ \t\u00A0\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /**
     * The lines of {@code text} that are page furniture, as [start, end) offsets of each line
     * (its line break excluded), in order: what {@link #clean} removes. The enricher skips the
     * sentences inside them in text that outside producers send uncleaned, offsets unchanged.
     */
    public static List<Span> interfaceLines(String text) {
        List<Span> out = new ArrayList<>();
        boolean inBlock = false;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = longProse(text, start, end) ? null : text.substring(start, end).strip();
            if (line == null) {
                inBlock = false; // a paragraph of prose, the most common line: no copy, no rule can hold
            } else if (line.isEmpty()) {
                inBlock = false;
            } else if (isBlockLabel(line)) {
                inBlock = true;
                out.add(new Span(start, end));
            } else if (inBlock && !isProse(line) || isInterface(line)) {
                out.add(new Span(start, end));
            } else {
                inBlock = false;
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** True for one line of interface text (exposed for tests and the HTML reader). */
    public static boolean isInterface(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (isBlockLabel(s) || isAudioPrompt(s) || isNavigation(s)) {
            return true;
        }
        if (s.length() > 60 && isProse(s) && !s.startsWith("\u00A9") && !s.regionMatches(true, 0, "copyright", 0, 9)
                && !s.regionMatches(true, 0, "all ", 0, 4)) {
            // a sentence: interface only when it is about the page itself ("We use cookies to
            // improve your experience."), read in place since nearly every line is such a sentence
            return aboutThePage(s);
        }
        List<String> words = words(s);
        if (words.isEmpty()) {
            return true; // only symbols: separators, bullets, icons
        }
        if (words.stream().allMatch(SOCIAL::contains) && words.size() >= 2) {
            return true; // "Facebook Twitter WhatsApp Email"
        }
        if (s.startsWith("©") || words.get(0).equals("copyright") || words.get(0).equals("all") && s.toLowerCase(Locale.ROOT).contains("rights reserved")) {
            return true;
        }
        int colon = s.indexOf(':');
        if (colon > 0 && !isProse(s) && (isBlockLabel(s.substring(0, colon))
                || LINK_LABELS.contains(s.substring(0, colon).strip().toLowerCase(Locale.ROOT)))) {
            return true; // "Read more: ...", "Watch: ...": a link to another story
        }
        if (isProse(s)) {
            // a sentence about the page itself ("We use cookies to improve your experience.")
            return words.size() <= 25 && words.stream().filter(INTERFACE_WORDS::contains).count() >= 2;
        }
        // short, not a sentence: a button, a link or a widget title
        return words.size() <= 8 && (INTERFACE_OPENERS.contains(words.get(0))
                || words.stream().anyMatch(INTERFACE_WORDS::contains)
                || isCounter(words))
                || words.size() <= 4 && SHORT_INTERFACE_OPENERS.contains(words.get(0));
    }

    private static boolean isBlockLabel(String s) {
        if (s.length() > 48) {
            return false; // a label is 40 characters at most, a colon and blanks after it aside
        }
        String label = s.toLowerCase(Locale.ROOT).replaceAll("[:\\s]+$", "").replaceAll("\\s+", " ");
        return label.length() <= 40 && (BLOCK_LABELS.contains(label)
                || label.startsWith("more from ") && label.split(" ").length <= 5);
    }

    /** "Listen to this article", "Audio playback is unavailable", "00:00 / 04:31". */
    private static boolean isAudioPrompt(String s) {
        if (s.length() > 80) {
            return false;
        }
        String l = s.toLowerCase(Locale.ROOT);
        if (l.length() <= 13 && l.matches("(?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\s*/\\s*(?:\\d{1,2}:)?\\d{1,2}:\\d{2})?")) {
            return true;
        }
        return l.startsWith("listen to this") || l.contains("audio player")
                || l.contains("playback") || l.startsWith("listen ") && l.contains("min");
    }

    /** "Home | World | Asia", "News › World › Asia-Pacific": items between separators. */
    private static boolean isNavigation(String s) {
        int separators = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '|' || c == '»' || c == '›' || c == '•' || c == '·' || c == '>' && i > 0 && s.charAt(i - 1) == ' ') {
                separators++;
            }
        }
        return separators >= 2 && !isProse(s) && s.length() / (separators + 1) < 30;
    }

    /** "12 comments", "Comments (3)", "1.2K shares". */
    private static boolean isCounter(List<String> words) {
        return words.size() <= 3 && words.stream().anyMatch(w -> w.equals("comments") || w.equals("shares")
                || w.equals("views") || w.equals("likes") || w.equals("replies"));
    }

    /**
     * A line that ends like a sentence and has more than 32 blanks, so more than 25 words even if a
     * few of its parts are dashes: prose, which no rule here removes (the page's sentences about
     * itself have 25 words at most). Read in place with {@link String#indexOf}, no copy, because
     * most lines of an article are such paragraphs.
     */
    private static boolean longProse(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - start <= 150) {
            return false;
        }
        char last = text.charAt(e - 1);
        if (!(last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\'' || last == '\u2019'
                || last == ')')) {
            return false;
        }
        int spaces = 0;
        for (int i = text.indexOf(' ', start); i >= 0 && i < e; i = text.indexOf(' ', i + 1)) {
            if (++spaces > 32) {
                return true;
            }
        }
        return false;
    }

    /** Ends like a sentence, or is long enough to be one without a full stop. */
    static boolean isProse(String s) {
        char last = s.charAt(s.length() - 1);
        boolean terminated = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D'
                || last == '\'' || last == '\u2019' || last == ')' && s.length() > 60;
        return terminated && s.indexOf(' ') > 0 || words(s).size() >= 14;
    }

    /** The hashes of {@link #INTERFACE_WORDS}, sorted: a word is looked up only when its hash is one of them. */
    private static final int[] INTERFACE_HASHES = INTERFACE_WORDS.stream().mapToInt(String::hashCode).sorted().distinct().toArray();

    /**
     * 25 words at most, two of them interface words: the words of {@link #words}, hashed as they
     * are scanned (lower-cased as {@link String#hashCode} would hash them), no string made but
     * for a word whose hash matches.
     */
    private static boolean aboutThePage(String s) {
        int words = 0;
        int hits = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isWordStart(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int h = 0;
            for (char c = s.charAt(i); isWordStart(c) || c == '-' || c == '\''; c = ++i < n ? s.charAt(i) : ' ') {
                h = 31 * h + (c < 0x80 ? ASCII_LOWER[c] : Character.toLowerCase(c));
            }
            if (++words > 25) {
                return false;
            }
            if (java.util.Arrays.binarySearch(INTERFACE_HASHES, h) >= 0
                    && INTERFACE_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
                hits++;
            }
        }
        return hits >= 2;
    }

    private static final char[] ASCII_LOWER = new char[0x80];
    private static final boolean[] ASCII_ALNUM = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
            ASCII_ALNUM[c] = Character.isLetterOrDigit(c);
        }
    }

    /** {@link Character#isLetterOrDigit}, ASCII by a table: this reads every character of most lines. */
    private static boolean isWordStart(char c) {
        return c < 0x80 ? ASCII_ALNUM[c] : Character.isLetterOrDigit(c);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '\'')) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
