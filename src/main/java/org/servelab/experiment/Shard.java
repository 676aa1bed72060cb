package org.servelab.experiment;

import java.util.ArrayList;
import java.util.List;

import org.servelab.workload.InputException;

/**
 * One slice of a sweep's grid, {@code i/n} with {@code 1 <= i <= n}: the runs whose index is
 * {@code i - 1} modulo {@code n}. Dealing runs out in turn rather than in blocks gives every shard a fair
 * share of the slow (high-load) points.
 *
 * @param number which slice, from 1
 * @param count  how many slices
 */
public record Shard(int number, int count) {

    public static final String OPTION = "--shard";

    /** The whole grid. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || number < 1 || number > count) {
            throw InputException.parameter(OPTION, "must be i/n with 1 <= i <= n, got " + number + "/" + count);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(String text) {
        String t = text == null ? "" : text.trim();
        int slash = t.indexOf('/');
        if (slash < 0) {
            throw InputException.parameter(OPTION, "write it as i/n (such as 2/8), got \"" + text + "\"");
        }
        try {
            return new Shard(Integer.parseInt(t.substring(0, slash).trim()), Integer.parseInt(t.substring(slash + 1).trim()));
        } catch (NumberFormatException e) {
            throw InputException.parameter(OPTION, "write it as i/n with whole numbers, got \"" + text + "\"");
        }
    }

    /** Whether the run with this grid index belongs to this shard. */
    public boolean contains(int index) {
        return index % count == number - 1;
    }

    /** The points of this shard, in grid order. */
    public List<SweepPoint> select(List<SweepPoint> points) {
        List<SweepPoint> out = new ArrayList<>();
        for (SweepPoint p : points) {
            if (contains(p.index())) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return number + "/" + count;
    }
}
