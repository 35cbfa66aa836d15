package io.newstally.ingest.formats;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstally.contracts.Json;
import io.newstally.contracts.text.Boilerplate;
import io.newstally.ingest.ArticleDraft;
import io.newstally.ingest.InputRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A saved news page: the headline, the paragraphs of the article, and the publication date,
 * canonical URL and site name from the page's meta tags (Open Graph, schema.org JSON-LD,
 * {@code <time>}). Page furniture goes first by structure (navigation, header, footer,
 * asides, forms, scripts, and elements whose class or id names a widget: share, comments,
 * related, newsletter, ads...), then by the line rules of {@link Boilerplate}.
 */
public final class HtmlArticles {

    private static final String FURNITURE = "script, style, noscript, template, nav, footer, aside, form, button, "
            + "iframe, svg, figure, dialog, select, input, [role=navigation], [role=banner], [role=complementary], "
            + "[role=contentinfo], [aria-hidden=true]";

    /** Words of a class or id that name a widget rather than article text. */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "share", "sharing", "social", "comment", "comments", "related", "recommended", "recommendations",
            "newsletter", "subscribe", "subscription", "promo", "promoted", "sponsored", "sponsor", "advert",
            "advertisement", "ad", "ads", "adslot", "banner", "cookie", "consent", "breadcrumb", "breadcrumbs",
            "menu", "nav", "navbar", "navigation", "footer", "sidebar", "popup", "modal", "outbrain", "taboola",
            "paywall", "audio", "player", "tags", "toolbar", "masthead", "trending", "popular", "signup");

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    private HtmlArticles() {
    }

    public static ArticleDraft parse(String html, String origin) throws InputRejected {
        Document doc = Jsoup.parse(html);
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), jsonLd(doc, "publisher"));
        Instant publishedAt = Dates.parse(firstNonBlank(meta(doc, "article:published_time"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "parsely-pub-date"),
                jsonLd(doc, "datePublished"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String body = Boilerplate.clean(mainText(doc, title));
        if (body.isEmpty()) {
            throw new InputRejected(origin, "no article text found in the page");
        }
        return new ArticleDraft(url, outlet, title == null ? "" : title.strip(), body, publishedAt, origin);
    }

    /** The text of an HTML fragment (a feed entry's content, a JSON export's body). */
    public static String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        return Boilerplate.clean(mainText(doc, null));
    }

    private static String mainText(Document doc, String title) {
        doc.select(FURNITURE).remove();
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove(); // the site's masthead; an article's own header holds its headline and byline
            }
        }
        for (Element e : doc.body().select("[class], [id]")) {
            if (isWidget(e)) {
                e.remove();
            }
        }
        Element root = articleRoot(doc);
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (hasBlockAncestor(block, root)) {
                continue; // the text of <blockquote><p> is taken once, from the <p>
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(title)) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return root.wholeText().strip();
        }
        return String.join("\n\n", paragraphs);
    }

    /** The element holding the story: the richest {@code <article>}, then articleBody, then main. */
    private static Element articleRoot(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : doc.select("[itemprop=articleBody], article, main, [role=main]")) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best != null ? best : doc.body();
    }

    private static boolean isWidget(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html") || e.tagName().equals("article")
                || e.tagName().equals("main")) {
            return false;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String word : names.split("[^a-z]+")) {
            if (WIDGET_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    /** A top-level field of the page's schema.org JSON-LD (NewsArticle), if it has one. */
    private static String jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.MAPPER.readTree(script.data());
                for (JsonNode node : root.isArray() ? root : root.has("@graph") ? root.get("@graph") : List.of(root)) {
                    JsonNode v = node.get(field);
                    if (v != null && v.isTextual()) {
                        return v.asText();
                    }
                    if (v != null && v.hasNonNull("name")) {
                        return v.get("name").asText();
                    }
                }
            } catch (Exception malformed) {
                // pages ship broken JSON-LD often; the other meta tags still count
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
