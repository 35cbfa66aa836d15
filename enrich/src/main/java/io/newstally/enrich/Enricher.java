package io.newstally.enrich;

import io.newstally.contracts.Article;
import io.newstally.contracts.Claim;
import io.newstally.contracts.EnrichedArticle;
import io.newstally.contracts.Entity;
import io.newstally.contracts.Figure;
import io.newstally.contracts.Span;
import io.newstally.contracts.text.Boilerplate;
import io.newstally.enrich.claims.ClaimFinder;
import io.newstally.enrich.claims.Explanation;
import io.newstally.enrich.figures.FigureMention;
import io.newstally.enrich.figures.Figures;
import io.newstally.enrich.sources.AliasMatch;
import io.newstally.enrich.sources.ArticleMemory;
import io.newstally.enrich.sources.SourceRegistry;
import io.newstally.enrich.story.Story;
import io.newstally.enrich.text.SentenceSplitter;
import io.newstally.enrich.text.Token;
import io.newstally.enrich.text.Tokenizer;
import io.newstally.enrich.text.Tokens;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Enrichment of one article for one story: sentences, figures, entities and claims.
 * Stateless between articles and thread-safe: one instance serves a whole stream thread.
 */
public final class Enricher {

    /**
     * A "sentence" longer than this is not prose (news sentences run to 60 tokens, rarely 150):
     * a list, a table or text made to be hostile. Its figures and entities are kept; claims are
     * not looked for in it, whose rules look back over the sentence for each figure.
     */
    static final int MAX_SENTENCE_TOKENS = 1_000;

    private final SourceRegistry registry;

    public Enricher(SourceRegistry registry) {
        this.registry = registry;
    }

    /** The enricher of the built-in story (North Korea's troops sent to Russia). */
    public static Enricher withBundledSources() {
        return new Enricher(SourceRegistry.bundled());
    }

    /** The enricher of a story. */
    public static Enricher of(Story story) {
        return new Enricher(SourceRegistry.of(story));
    }

    public Story story() {
        return registry.story();
    }

    public SourceRegistry registry() {
        return registry;
    }

    public EnrichedArticle enrich(Article article) {
        return read(article, false).enriched;
    }

    /** Why each figure of the article became a claim or not: the sieves behind every decision. */
    public List<Explanation> explain(Article article) {
        return read(article, true).explanations;
    }

    private record Reading(EnrichedArticle enriched, List<Explanation> explanations) {
    }

    private Reading read(Article article, boolean explain) {
        char[] chars = article.textChars();
        SentenceSplitter.Result split = SentenceSplitter.split(chars);
        List<Span> sentences = split.sentences();
        List<Figure> figures = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        ArticleMemory memory = new ArticleMemory(registry.story().force().state());
        Instant when = article.eventTime();
        ClaimFinder claims = new ClaimFinder(when == null ? null : when.atZone(ZoneOffset.UTC).getYear(),
                registry.story().force().state(), explain);
        // text sent straight to the raw topic keeps its page furniture: skip it as ingest removes it
        List<Span> furniture = Boilerplate.interfaceLines(article.body() == null ? "" : article.body());
        int bodyOffset = chars.length - (article.body() == null ? 0 : article.body().length());
        int nextFurniture = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            while (nextFurniture < furniture.size() && furniture.get(nextFurniture).end() + bodyOffset < span.end()) {
                nextFurniture++;
            }
            if (nextFurniture < furniture.size() && furniture.get(nextFurniture).start() + bodyOffset <= span.start()) {
                continue; // the sentence lies inside an interface line
            }
            Tokens tokens = Tokenizer.tokenize(chars, span.start(), span.end());
            List<AliasMatch> aliases = registry.find(tokens, memory);
            Entities.collect(chars, tokens, aliases, entities);
            List<FigureMention> found = Figures.mayHoldFigure(tokens) ? Figures.find(tokens) : List.of();
            for (FigureMention f : found) {
                Token first = tokens.get(f.first());
                Token last = tokens.get(f.last());
                figures.add(new Figure(new String(chars, first.start(), last.end() - first.start()), first.start(), last.end(),
                        f.value(), f.low(), f.qualifier()));
            }
            if (tokens.size() <= MAX_SENTENCE_TOKENS) {
                claims.sentence(chars, span, s, split.paragraphOf()[s], s == 0 && !article.title().isBlank(), tokens, aliases, found);
            }
        }
        return new Reading(new EnrichedArticle(article, sentences, figures, entities, named(claims.claims())), claims.explanations());
    }

    /** The claims with their sources' names, as people read them ("South Korea", "Unattributed"). */
    private List<Claim> named(List<Claim> claims) {
        List<Claim> out = new java.util.ArrayList<>(claims.size());
        for (Claim c : claims) {
            String name = c.source().equals(Claim.UNATTRIBUTED) ? Claim.UNATTRIBUTED_NAME : registry.nameOf(c.source());
            out.add(c.withSource(c.source(), name));
        }
        return out;
    }

    /** The claims only, for offline extraction. */
    public List<Claim> claims(Article article) {
        return enrich(article).claims();
    }
}
