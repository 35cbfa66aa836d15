package io.newstally.contracts;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stable article ids and content hashes. The same article read twice, from any input, gets the
 * same id, so re-sending it is a no-op downstream; a changed text under the same URL keeps its
 * id and gets a new content hash, which makes it a new version of the same article.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** From the canonical URL when there is one, else from the normalised title and body. */
    public static String idFor(String url, String title, String body) {
        String canonical = canonicalUrl(url);
        return canonical != null
                ? "url-" + sha256(canonical).substring(0, 20)
                : "txt-" + sha256(normalise(title) + "\n" + normalise(body)).substring(0, 20);
    }

    public static String contentHash(String title, String body) {
        return sha256(normalise(title) + "\n" + normalise(body)).substring(0, 32);
    }

    /**
     * Lower-cased scheme and host, no fragment, no tracking parameters, no trailing slash:
     * the forms under which outlets and feeds print the same page.
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return url.trim();
            }
            String query = u.getRawQuery() == null ? null : Stream.of(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty())
                    .filter(p -> !p.toLowerCase(Locale.ROOT).matches("(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid)(=.*)?"))
                    .sorted()
                    .collect(Collectors.joining("&"));
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            if (path.endsWith("/") && path.length() > 1) {
                path = path.substring(0, path.length() - 1);
            }
            String scheme = u.getScheme().toLowerCase(Locale.ROOT).equals("http") ? "https" : u.getScheme().toLowerCase(Locale.ROOT);
            String host = u.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return scheme + "://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.trim();
        }
    }

    /** Unicode NFKC, typographic quotes folded, whitespace collapsed, case kept out. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = (Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).trim();
        // one pass instead of four replacements and a regular expression: ids are computed per record
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') { // the regex \\s
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(c == '\u2019' || c == '\u2018' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
