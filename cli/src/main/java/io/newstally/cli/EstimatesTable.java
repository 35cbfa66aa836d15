package io.newstally.cli;

import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.SourceEstimate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The by-source aggregates as a plain-text table: who says how many. */
public final class EstimatesTable {

    private EstimatesTable() {
    }

    public static String render(Collection<SourceEstimate> estimates) {
        StringBuilder sb = new StringBuilder();
        int width = Math.max(13, estimates.stream().mapToInt(e -> e.label().length()).max().orElse(0));
        String format = "%-" + width + "s %-10s %10s %-9s %8s %8s %7s %8s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "SOURCE", "KIND", "LATEST", "QUALIFIER", "LOWEST", "HIGHEST",
                "CLAIMS", "ARTICLES", "VALUES REPORTED (articles)"));
        List<SourceEstimate> sorted = estimates.stream().sorted(Comparator.comparing(SourceEstimate::source)).toList();
        for (SourceEstimate s : sorted) {
            for (Kind kind : Kind.values()) {
                KindEstimate k = s.kinds().get(kind);
                if (k == null) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, format, s.label(), kind.wire(),
                        AggregateTables.figure(k.latest().low(), k.latest().value()), k.latest().qualifier().wire(),
                        k.lowest(), k.highest(), k.claims(), k.articles(), values(k)));
            }
        }
        return sb.toString();
    }

    /** "1500 (1), 3000 (2)": each distinct figure with its number of articles. */
    static String values(KindEstimate k) {
        StringBuilder values = new StringBuilder();
        k.values().forEach(v -> values.append(values.length() == 0 ? "" : ", ")
                .append(AggregateTables.figure(v.low(), v.value())).append(" (").append(v.articles()).append(')'));
        return values.toString();
    }
}
