package org.servelab.seqsched;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The queries of an offline batch run, in data order (groups are taken in this order).
 *
 * @param name    a short name for results, such as the file name without its extension
 * @param queries the queries
 */
public record QuerySet(String name, List<Query> queries) {

    public QuerySet {
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries");
        }
    }

    public int size() {
        return queries.size();
    }

    public Query get(int i) {
        return queries.get(i);
    }

    /** Whether every query has the four sampled lengths (so the {@code max4} predictor applies). */
    public boolean hasMax4() {
        return queries.stream().allMatch(Query::hasMax4);
    }

    /** The first query without a predicted length, or {@code null} when all have one. */
    public Query firstWithoutPrediction() {
        return queries.stream().filter(q -> !q.hasPrediction()).findFirst().orElse(null);
    }

    /**
     * {@code n} queries drawn without replacement, in the order drawn: the first {@code n} places of a seeded
     * Fisher-Yates shuffle ({@link SplittableRandom}, so the same on every JDK).
     *
     * @throws IllegalArgumentException when {@code n} is not between 1 and the number of queries
     */
    public QuerySet sample(int n, long seed) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException(n + " queries asked, but " + name + " has " + size());
        }
        int[] order = new int[size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Query> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out.add(queries.get(order[i]));
        }
        return new QuerySet(name, out);
    }

    /** The first {@code n} queries. */
    public QuerySet first(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException(n + " queries asked, but " + name + " has " + size());
        }
        return new QuerySet(name, queries.subList(0, n));
    }
}
