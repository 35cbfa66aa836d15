package io.newstally.ingest.formats;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.InputRejected;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.function.Consumer;

/**
 * RSS and Atom feeds, read with Rome: each entry becomes an article with the entry's title,
 * link, date and content (or summary when the feed carries no content), its HTML turned
 * into text. The outlet is the feed's title.
 */
public final class FeedArticles {

    private FeedArticles() {
    }

    public static void parse(byte[] xml, String origin, Consumer<ArticleDraft> ok, Consumer<InputRejected> bad)
            throws InputRejected {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a feed off the internet
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InputRejected(origin, "not an RSS or Atom feed: " + e.getMessage());
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String entryOrigin = origin + "#" + (entry.getLink() != null ? entry.getLink() : "entry-" + index);
            String html = content(entry);
            String body = html == null ? "" : HtmlArticles.fragmentText(html);
            if (body.isBlank()) {
                bad.accept(new InputRejected(entryOrigin, "feed entry has neither content nor summary"));
                continue;
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            String title = entry.getTitle() == null ? "" : org.jsoup.Jsoup.parse(entry.getTitle()).text().strip();
            ok.accept(new ArticleDraft(entry.getLink(), outlet, title, body, date == null ? null : date.toInstant(), entryOrigin));
        }
    }

    private static String content(SyndEntry entry) {
        String best = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) {
                best = c.getValue();
            }
        }
        if (best == null && entry.getDescription() != null) {
            best = entry.getDescription().getValue();
        }
        return best;
    }

    /** True when the bytes look like a feed rather than a web page. */
    public static boolean looksLikeFeed(String head) {
        String h = head.toLowerCase(java.util.Locale.ROOT);
        return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    }
}
