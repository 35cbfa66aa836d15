package io.newstally.contracts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The value of {@code news.estimates.range}: what the sources say now, all together, for one
 * kind, as conflict datasets give a low, best and high estimate reconciled from many sources.
 * The sources counted are those whose latest figure of the kind was published within
 * {@code window} of the newest such figure; unattributed figures are nobody's estimate and are
 * left out. Keyed by kind; a tombstone means no source gives a figure of it.
 *
 * @param kind    what the figures count
 * @param low     the source giving the lowest figure (a stated range counts by its lower end)
 * @param median  the median of the sources' figures (a stated range counts by its midpoint)
 * @param high    the source giving the highest figure
 * @param sources how many sources are counted
 * @param from    the window's start: {@code to} minus the window
 * @param to      the newest figure's time
 * @param figures the sources' figures, highest first: all of them, or the {@value #MAX_LISTED} highest
 *                when there are more (low, median and high always count every source)
 */
public record EstimateRange(Kind kind, SourceFigure low, long median, SourceFigure high, int sources, Instant from, Instant to,
                            List<SourceFigure> figures) {

    /** Default window: a month of publication. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    /** The most figures a record lists: its size must not grow with the number of sources. */
    public static final int MAX_LISTED = 50;

    private static final Comparator<SourceFigure> HIGHEST_FIRST = Comparator.comparingLong(SourceFigure::value).reversed()
            .thenComparing(SourceFigure::source);

    /**
     * The range over the sources' latest figures of {@code kind} (one per source), or null when none
     * is dated within the window. Ties at an end go to the source whose id sorts first. A pure
     * function of the figures: the aggregate and its offline recomputation both call it.
     */
    public static EstimateRange of(Kind kind, Collection<SourceFigure> latest, Duration window) {
        Instant to = null;
        for (SourceFigure f : latest) {
            if (f.at() != null && (to == null || f.at().isAfter(to))) {
                to = f.at();
            }
        }
        if (to == null) {
            return null;
        }
        Instant from = to.minus(window);
        List<SourceFigure> in = new ArrayList<>();
        for (SourceFigure f : latest) {
            if (f.at() != null && !f.at().isBefore(from)) {
                in.add(f);
            }
        }
        in.sort(HIGHEST_FIRST);
        SourceFigure high = in.get(0);
        SourceFigure low = in.stream().min(Comparator.comparingLong(SourceFigure::lowEnd).thenComparing(SourceFigure::source))
                .orElseThrow();
        long[] best = in.stream().mapToLong(SourceFigure::best).sorted().toArray();
        int n = best.length;
        long median = n % 2 == 1 ? best[n / 2] : (best[n / 2 - 1] + best[n / 2]) / 2;
        return new EstimateRange(kind, low, median, high, n, from, to, List.copyOf(in.subList(0, Math.min(n, MAX_LISTED))));
    }

    /** The range over the latest figures of these by-source estimates (unattributed ones add none). */
    public static EstimateRange ofEstimates(Kind kind, Collection<SourceEstimate> estimates, Duration window) {
        List<SourceFigure> latest = new ArrayList<>();
        for (SourceEstimate e : estimates) {
            SourceFigure f = SourceFigure.latestOf(e, kind);
            if (f != null) {
                latest.add(f);
            }
        }
        return of(kind, latest, window);
    }

    /** "Deployed: 10,000 – 12,000, median 11,000, from 6 sources", as the page shows it. */
    public String summary() {
        String name = kind.wire().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + kind.wire().substring(1);
        String span = low.lowEnd() == high.value() ? String.format("%,d", high.value())
                : String.format("%,d – %,d", low.lowEnd(), high.value());
        return String.format("%s: %s, median %,d, from %d source%s", name, span, median, sources, sources == 1 ? "" : "s");
    }
}
