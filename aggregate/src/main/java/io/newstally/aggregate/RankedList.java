package io.newstally.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The best {@code max} members of a counted set, kept in rank order as members rise, fall and
 * leave one at a time. When a listed member falls or leaves, the best unlisted member may take
 * its place; the caller finds it in its sorted index, {@link #needsRefill} says when.
 */
final class RankedList<T> {

    final List<T> members = new ArrayList<>();
    private final int max;
    private final Comparator<T> rank;
    private final BiPredicate<T, T> same;

    RankedList(int max, Comparator<T> rank, BiPredicate<T, T> same) {
        this.max = max;
        this.rank = rank;
        this.same = same;
    }

    boolean lists(T m) {
        return indexOf(m) >= 0;
    }

    private int indexOf(T m) {
        for (int i = 0; i < members.size(); i++) {
            if (same.test(members.get(i), m)) {
                return i;
            }
        }
        return -1;
    }

    /** A member that rose or is new (or the best unlisted one): it takes its place if it belongs in the list. */
    void offer(T m) {
        int i = indexOf(m);
        if (i >= 0) {
            members.remove(i);
        }
        int at = 0;
        while (at < members.size() && rank.compare(members.get(at), m) < 0) {
            at++;
        }
        if (at < max) {
            members.add(at, m);
            if (members.size() > max) {
                members.remove(members.size() - 1);
            }
        }
    }

    /**
     * A member that fell: its listed copy is updated. Returns true when an unlisted member may now
     * rank above it (it is last, and {@code total} says there are unlisted members).
     */
    boolean fell(T m, long total) {
        int i = indexOf(m);
        if (i < 0) {
            return false;
        }
        members.remove(i);
        offerUnbounded(m);
        return same.test(members.get(members.size() - 1), m) && total > members.size();
    }

    private void offerUnbounded(T m) {
        int at = 0;
        while (at < members.size() && rank.compare(members.get(at), m) < 0) {
            at++;
        }
        members.add(at, m);
    }

    /** A member that left; true when the list now has room for an unlisted member of the {@code total}. */
    boolean left(T m, long total) {
        int i = indexOf(m);
        if (i >= 0) {
            members.remove(i);
        }
        return members.size() < Math.min(total, max);
    }
}
