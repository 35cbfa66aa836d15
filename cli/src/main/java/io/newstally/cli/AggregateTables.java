package io.newstally.cli;

import io.newstally.contracts.DailySourceEstimate;
import io.newstally.contracts.EstimateRange;
import io.newstally.contracts.Kind;
import io.newstally.contracts.KindEstimate;
import io.newstally.contracts.LatestClaim;
import io.newstally.contracts.OutletEstimate;
import io.newstally.contracts.SourceFigure;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The by-outlet and daily aggregates as plain-text tables (by-source: {@link EstimatesTable}). */
final class AggregateTables {

    private AggregateTables() {
    }

    static String outlets(Collection<OutletEstimate> outlets) {
        StringBuilder sb = new StringBuilder();
        String format = "%-24s %8s  %-13s %-10s %10s %-9s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "OUTLET", "ARTICLES", "SOURCE", "KIND", "LATEST", "QUALIFIER", "PUBLISHED"));
        for (OutletEstimate o : outlets.stream().sorted(Comparator.comparing(OutletEstimate::outlet)).toList()) {
            for (Map.Entry<String, Map<Kind, LatestClaim>> source : new java.util.TreeMap<>(o.sources()).entrySet()) {
                for (Kind kind : Kind.values()) {
                    LatestClaim c = source.getValue().get(kind);
                    if (c != null) {
                        sb.append(String.format(Locale.ROOT, format, o.outlet(), o.articles(), source.getKey(), kind.wire(),
                                figure(c.low(), c.value()), c.qualifier().wire(), c.publishedAt() == null ? "-" : c.publishedAt()));
                    }
                }
            }
        }
        return sb.toString();
    }

    static String daily(Collection<DailySourceEstimate> days) {
        StringBuilder sb = new StringBuilder();
        String format = "%-10s  %-13s %-10s %10s %-9s %8s %8s %8s  %s%n";
        sb.append(String.format(Locale.ROOT, format, "DAY", "SOURCE", "KIND", "LATEST", "QUALIFIER", "LOWEST", "HIGHEST",
                "ARTICLES", "VALUES REPORTED (articles)"));
        for (DailySourceEstimate d : days.stream().sorted(Comparator.comparing(DailySourceEstimate::day)
                .thenComparing(DailySourceEstimate::source)).toList()) {
            for (Kind kind : Kind.values()) {
                KindEstimate k = d.kinds().get(kind);
                if (k != null) {
                    sb.append(String.format(Locale.ROOT, format, d.day(), d.source(), kind.wire(),
                            figure(k.latest().low(), k.latest().value()), k.latest().qualifier().wire(), k.lowest(),
                            k.highest(), k.articles(), EstimatesTable.values(k)));
                }
            }
        }
        return sb.toString();
    }

    /** The range of estimates per kind: its summary and window, then each source's figure, highest first. */
    static String ranges(Collection<EstimateRange> ranges) {
        StringBuilder sb = new StringBuilder();
        for (EstimateRange r : ranges.stream().sorted(Comparator.comparing(EstimateRange::kind)).toList()) {
            sb.append(String.format(Locale.ROOT, "%s (published %s to %s)%n", r.summary(), r.from(), r.to()));
            for (SourceFigure f : r.figures()) {
                sb.append(String.format(Locale.ROOT, "  %-32s %12s  %s  %s%n", f.label(), figure(f.low(), f.value()), f.at(), f.articleId()));
            }
        }
        return sb.toString();
    }

    static String figure(Long low, long value) {
        return low != null ? low + "-" + value : String.valueOf(value);
    }
}
