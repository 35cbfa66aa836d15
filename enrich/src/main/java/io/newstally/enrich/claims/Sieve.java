package io.newstally.enrich.claims;

import java.util.List;
import java.util.function.Function;

/**
 * One small rule of an ordered list, as in Stanford CoreNLP's deterministic coreference and
 * quote attribution: it has a name, says in one sentence what phenomenon of news prose it
 * handles, and either decides (a non-null answer) or passes to the next rule. Every sieve has
 * test sentences of its own ({@code sieves.tsv} in the enrich tests); {@code newstally extract
 * --explain} names the sieve behind each decision.
 *
 * @param name       short, unique within its list ("according-to", "another-force")
 * @param phenomenon what it handles, in one sentence
 * @param rule       the decision, or null to pass
 * @param <I>        what it looks at
 * @param <O>        what it decides
 */
record Sieve<I, O>(String name, String phenomenon, Function<I, O> rule) {

    /** An ordered list of sieves: the first that decides wins, so precise ones come first. */
    record Chain<I, O>(String stage, List<Sieve<I, O>> sieves) {

        Chain {
            sieves = List.copyOf(sieves);
            if (sieves.stream().map(Sieve::name).distinct().count() != sieves.size()) {
                throw new IllegalArgumentException(stage + ": two sieves share a name");
            }
        }

        /** The first decision, with the name of the sieve that made it; null when every sieve passes. */
        Decision<O> decide(I input) {
            for (Sieve<I, O> s : sieves) {
                O out = s.rule().apply(input);
                if (out != null) {
                    return new Decision<>(out, s.name());
                }
            }
            return null;
        }
    }

    /** A sieve's answer and its name. */
    record Decision<O>(O value, String rule) {
    }
}
